using Hallbar.Reports.Tests.Tools;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Hallbar.Web.BrowserTests.Narrative;

/// <summary>
/// The admin starts a new report year in a real Chromium: opens round 2026, creates 2026's texts from 2025's on the
/// texts page, adds a section, moves it up and removes it through the confirmation page; axe-core's WCAG 2.1 A and AA
/// rules hold on the page in each state (no sections, with sections, a form sent with a mistake, the confirmation, in
/// English). Screenshots of the steps are kept in <c>artifacts/narrative-year-screenshots/</c> beside the test assembly.
/// </summary>
[Collection(SharedBrowser.Name)]
[Trait(Needs.Trait, Needs.Chromium)]
public sealed class NarrativeYearTests(BrowserFixture browser, ITestOutputHelper output)
{
    private const string NewSection = "Årets klimatarbete";

    [Fact]
    public async Task Admin_CreatesTheNewYearsTextsFromLastYears_ThenAddsMovesAndRemovesASection()
    {
        await using var server = new HallbarServer();
        server.Start();
        var screenshots = Artifacts.FreshFolder("narrative-year-screenshots");
        output.WriteLine($"Screenshots: {screenshots}");
        await using var admin = await browser.VisitAsync(server);
        await admin.SignInAsync("admin@hallbar.demo");
        var page = admin.Page;

        await admin.OpenAsync("omgangar");
        await page.GetByLabel("Redovisningsår").FillAsync("2026");
        await page.GetByRole(AriaRole.Button, new() { Name = "Öppna omgången" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Navigation, new() { Name = "Huvudmeny" }).GetByRole(AriaRole.Link, new() { Name = "Texter" }).ClickAsync();
        await page.GetByLabel("Redovisningsår").SelectOptionAsync("2026");
        await page.GetByRole(AriaRole.Button, new() { Name = "Visa" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Redovisningens texter 2026");
        await CheckAsync(page, screenshots, "01-no-sections");

        await page.GetByRole(AriaRole.Button, new() { Name = "Skapa 2026s texter från 2025s" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Redovisningen 2026 har nu 14 textavsnitt");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Inledning", Exact = true })).ToHaveAttributeAsync("href", $"/{Visitor.Organization}/texter/inledning-2026");
        await CheckAsync(page, screenshots, "02-with-sections");

        var form = page.GetByRole(AriaRole.Region, new() { Name = "Lägg till ett avsnitt" });
        await form.GetByLabel("Rubrik").FillAsync("   ");
        await form.GetByRole(AriaRole.Button, new() { Name = "Lägg till avsnittet" }).ClickAsync();
        await Expect(page.Locator(".error-summary")).ToContainTextAsync("Skriv avsnittets rubrik");
        await CheckAsync(page, screenshots, "03-error");

        await form.GetByLabel("Rubrik").FillAsync(NewSection);
        await form.GetByLabel("Kapitel för målområde").SelectOptionAsync(new SelectOptionValue { Label = "Minskad klimatpåverkan och klimatanpassad verksamhet" });
        await form.GetByLabel("Placering").SelectOptionAsync(new SelectOptionValue { Label = "Efter 3. Inledning" });
        await form.GetByRole(AriaRole.Button, new() { Name = "Lägg till avsnittet" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync($"\"{NewSection}\" är tillagt som nummer 4 av 15");
        await Expect(Titles(page).Nth(3)).ToHaveTextAsync(NewSection);

        await page.GetByRole(AriaRole.Button, new() { Name = $"Flytta upp {NewSection}" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync($"\"{NewSection}\" är nu avsnitt 3 av 15.");
        await Expect(Titles(page).Nth(2)).ToHaveTextAsync(NewSection);
        await Expect(Titles(page).Nth(3)).ToHaveTextAsync("Inledning");
        await Artifacts.ScreenshotAsync(page, screenshots, "04-moved");

        await page.GetByRole(AriaRole.Link, new() { Name = $"Ta bort {NewSection}" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync($"Ta bort textavsnittet: {NewSection}");
        await CheckAsync(page, screenshots, "05-confirmation");
        await page.GetByRole(AriaRole.Button, new() { Name = "Ta bort avsnittet" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync($"\"{NewSection}\" är borttaget ur redovisningen 2026");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = NewSection })).ToHaveCountAsync(0);
        await Expect(Titles(page)).ToHaveCountAsync(14);

        await admin.OpenAsync("texter?year=2026&lang=en-GB");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("The report's texts 2026");
        await CheckAsync(page, screenshots, "06-english");
    }

    /// <summary>The titles in the table of sections, in the report's order.</summary>
    private static ILocator Titles(IPage page) => page.Locator("tbody th a");

    private static async Task CheckAsync(IPage page, string screenshots, string name)
    {
        var shot = await Artifacts.ScreenshotAsync(page, screenshots, name);
        var violations = await Axe.CheckAsync(page);
        Assert.True(violations.Count == 0, $"axe-core found {violations.Count} WCAG 2.1 A/AA violation(s) on {page.Url} (screenshot: {shot}):\n{string.Join('\n', violations)}");
    }
}
