using Hallbar.Reports.Tests.Tools;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Hallbar.Web.BrowserTests.AccountAdmin;

/// <summary>
/// The admin creates a reporter in a real Chromium, through the menu and the form (first with an email already
/// taken), and the reporter signs in with the one-time password and chooses a password of their own; axe-core's
/// WCAG 2.1 A and AA rules hold on the accounts list, the form with an error, the one-time password, the account's
/// page and Byt lösenord with an error, in Swedish and in English. Screenshots are kept in
/// <c>artifacts/account-screenshots/</c> beside the test assembly.
/// </summary>
[Collection(SharedBrowser.Name)]
[Trait(Needs.Trait, Needs.Chromium)]
public sealed class AccountAdminBrowserTests(BrowserFixture browser, ITestOutputHelper output)
{
    private const string Email = "rut.rapportor@hallbar.demo";
    private const string OwnPassword = "Ruts-eget-losenord-2026";

    [Fact]
    public async Task Admin_CreatesAReporter_WhoSignsInWithTheOneTimePassword_AndChoosesTheirOwn()
    {
        await using var server = new HallbarServer();
        server.Start();
        var screenshots = Artifacts.FreshFolder("account-screenshots");
        output.WriteLine($"Screenshots: {screenshots}");
        await using var admin = await browser.VisitAsync(server);
        await admin.SignInAsync("admin@hallbar.demo");
        var page = admin.Page;

        await page.GetByRole(AriaRole.Navigation, new() { Name = "Huvudmeny" }).GetByRole(AriaRole.Link, new() { Name = "Konton" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Konton");
        await Expect(page.GetByRole(AriaRole.Row).Filter(new() { HasText = "fastighet@hallbar.demo" })).ToContainTextAsync("Fastighetsförvaltningen");
        await CheckAsync(page, screenshots, "01-list");

        await page.GetByRole(AriaRole.Link, new() { Name = "Skapa ett konto" }).ClickAsync();
        await page.GetByLabel("E-postadress (användarnamn)").FillAsync("fastighet@hallbar.demo");
        await page.GetByLabel("Namn", new() { Exact = true }).FillAsync("Rut Rapportör");
        await page.GetByRole(AriaRole.Radio, new() { Name = "Rapportör" }).CheckAsync();
        await page.GetByRole(AriaRole.Checkbox, new() { Name = "Fastighetsförvaltningen", Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Skapa kontot" }).ClickAsync();
        await Expect(page.Locator(".error-summary")).ToContainTextAsync("Det finns redan ett konto med e-postadressen fastighet@hallbar.demo");
        await CheckAsync(page, screenshots, "02-create-error");

        // What was chosen stays chosen; only the email is corrected.
        await Expect(page.GetByRole(AriaRole.Checkbox, new() { Name = "Fastighetsförvaltningen", Exact = true })).ToBeCheckedAsync();
        await page.GetByLabel("E-postadress (användarnamn)").FillAsync(Email);
        await page.GetByRole(AriaRole.Button, new() { Name = "Skapa kontot" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Kontot är skapat");
        var oneTime = await page.Locator("code.one-time-password").TextContentAsync();
        Assert.Matches("^[A-Za-z0-9]{4}(-[A-Za-z0-9]{4}){3}$", oneTime);
        await CheckAsync(page, screenshots, "03-one-time-password");

        await page.GetByRole(AriaRole.Link, new() { Name = "Visa kontot" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Konto: Rut Rapportör");
        await Expect(page.Locator("code.one-time-password")).ToHaveCountAsync(0);
        var account = page.Url;
        await CheckAsync(page, screenshots, "04-edit");

        await using var reporter = await browser.VisitAsync(server);
        await reporter.Page.GotoAsync($"/konto/logga-in?ReturnUrl=%2F{Visitor.Organization}%2Finmatning");
        await reporter.FillSignInAsync(Email, oneTime!);
        await Expect(reporter.Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Byt lösenord");
        await Expect(reporter.Page.GetByText("Du loggade in med ett engångslösenord")).ToBeVisibleAsync();
        await FillChangePasswordAsync(reporter.Page, oneTime!, "kort", "kort");
        await Expect(reporter.Page.Locator(".error-summary")).ToContainTextAsync("minst 12 tecken");
        await CheckAsync(reporter.Page, screenshots, "05-change-password-error");

        await FillChangePasswordAsync(reporter.Page, oneTime!, OwnPassword, OwnPassword);
        await Expect(reporter.Page.GetByRole(AriaRole.Status)).ToContainTextAsync("Lösenordet är bytt.");
        await reporter.Page.GetByRole(AriaRole.Link, new() { Name = "Fortsätt" }).ClickAsync();
        await reporter.Page.WaitForURLAsync($"**/{Visitor.Organization}/inmatning");
        await Expect(reporter.Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Inmatning");

        // The same pages in English.
        await reporter.Page.GotoAsync("/konto/byt-losenord?lang=en-GB");
        await FillChangePasswordAsync(reporter.Page, "Not-the-password-1", "Something-else-2026", "Something-else-2026", "Current password", "New password", "Repeat the new password", "Change password");
        await Expect(reporter.Page.Locator(".error-summary")).ToContainTextAsync("The current password is wrong.");
        await CheckAsync(reporter.Page, screenshots, "06-change-password-error-en");

        await page.GotoAsync("/konton?lang=en-GB");
        await Expect(page.GetByRole(AriaRole.Row).Filter(new() { HasText = Email })).ToContainTextAsync("Reporter");
        await CheckAsync(page, screenshots, "07-list-en");
        await page.GotoAsync("/konton/nytt");
        await page.GetByLabel("Email address (user name)").FillAsync(Email);
        await page.GetByLabel("Name", new() { Exact = true }).FillAsync("Rut again");
        await page.GetByRole(AriaRole.Radio, new() { Name = "Reporter" }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Create the account" }).ClickAsync();
        await Expect(page.Locator(".error-summary")).ToContainTextAsync("Choose at least one unit");
        await CheckAsync(page, screenshots, "08-create-error-en");
        await page.GotoAsync(account);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Account: Rut Rapportör");
        await CheckAsync(page, screenshots, "09-edit-en");
        await page.GetByRole(AriaRole.Button, new() { Name = "Give a new one-time password" }).ClickAsync();
        await Expect(page.Locator("code.one-time-password")).ToBeVisibleAsync();
        await CheckAsync(page, screenshots, "10-one-time-password-en");
    }

    private static async Task FillChangePasswordAsync(IPage page, string current, string fresh, string repeat,
        string currentLabel = "Nuvarande lösenord", string freshLabel = "Nytt lösenord", string repeatLabel = "Upprepa det nya lösenordet", string button = "Byt lösenord")
    {
        await page.GetByLabel(currentLabel, new() { Exact = true }).FillAsync(current);
        await page.GetByLabel(freshLabel, new() { Exact = true }).FillAsync(fresh);
        await page.GetByLabel(repeatLabel, new() { Exact = true }).FillAsync(repeat);
        await page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Button, new() { Name = button }).ClickAsync();
    }

    private static async Task CheckAsync(IPage page, string screenshots, string name)
    {
        var shot = await Artifacts.ScreenshotAsync(page, screenshots, name);
        var violations = await Axe.CheckAsync(page);
        Assert.True(violations.Count == 0, $"axe-core found {violations.Count} WCAG 2.1 A/AA violation(s) on {page.Url} (screenshot: {shot}):\n{string.Join('\n', violations)}");
    }
}
