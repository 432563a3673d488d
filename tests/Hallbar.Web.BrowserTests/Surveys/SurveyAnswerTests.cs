using Hallbar.Data.Editing;
using Hallbar.Reports.Tests.Tools;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Hallbar.Web.BrowserTests.Surveys;

/// <summary>
/// The year's self-assessment survey in a real Chromium, by three people in browsers of their own: the admin
/// sends it, a unit's reporter answers, saves a draft, comes back to it and submits; the other unit's reporter
/// can neither see nor change it; the admin follows the progress. A screenshot of each step is kept in
/// <c>artifacts/survey-screenshots/</c> beside the test assembly.
/// </summary>
[Collection(SharedBrowser.Name)]
[Trait(Needs.Trait, Needs.Chromium)]
public sealed class SurveyAnswerTests(BrowserFixture browser, ITestOutputHelper output)
{
    private const string Answers = "enkat/2026/fastighetsforvaltningen";
    private const string Leadership = "Förvaltningsledningen har kunskap om social hållbarhet.";
    private const string Roles = "Det finns en uttalad rollfördelning för arbetet med social hållbarhet, och det är känt vem som ansvarar för vad.";

    private string _screenshots = string.Empty;
    private int _step;

    [Fact]
    public async Task Survey2026_SentAnsweredAsDraftAndSubmitted_TheOtherUnitsReporterIsRefused_TheAdminSeesTheProgress()
    {
        await using var server = new HallbarServer();
        server.Start();
        await server.WithDatabaseAsync(async db =>
        {
            Assert.True((await new Editor(db, TimeProvider.System).OpenRoundAsync(Visitor.Organization, 2026, SurveyCopies.Admin)).IsSaved);
            await SurveyCopies.CopyAsync(db, 2026);
        });
        _screenshots = Artifacts.FreshFolder("survey-screenshots");
        output.WriteLine($"Screenshots of each step: {_screenshots}");

        // The admin sends the 2026 survey to Fastighetsförvaltningen and Serviceförvaltningen.
        await using var admin = await browser.VisitAsync(server);
        await admin.SignInAsync("admin@hallbar.demo");
        await admin.Page.GetByRole(AriaRole.Navigation, new() { Name = "Huvudmeny" }).GetByRole(AriaRole.Link, new() { Name = "Enkät" }).ClickAsync();
        await admin.Page.GetByRole(AriaRole.Link, new() { Name = "2026", Exact = true }).ClickAsync();
        await Expect(admin.Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Självskattning social hållbarhet 2026");
        await admin.Page.GetByLabel("Fastighetsförvaltningen").CheckAsync();
        await admin.Page.GetByLabel("Serviceförvaltningen").CheckAsync();
        await StepAsync(admin, "admin-chooses-units");
        await admin.Page.GetByRole(AriaRole.Button, new() { Name = "Skicka enkäten" }).ClickAsync();
        await Expect(admin.Page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Självskattning social hållbarhet 2026 är skickad till Fastighetsförvaltningen, Serviceförvaltningen.");
        await Expect(Progress(admin, "Fastighetsförvaltningen")).ToContainTextAsync("Ej påbörjad");
        await StepAsync(admin, "survey-sent");

        // The reporter finds their unit, answers two statements and a question, and saves a draft.
        await using var reporter = await browser.VisitAsync(server);
        await reporter.SignInAsync("fastighet@hallbar.demo");
        await reporter.OpenAsync("enkat?year=2026");
        await Expect(reporter.Page.Locator("table.survey-progress tbody tr")).ToHaveCountAsync(1);
        await StepAsync(reporter, "reporter-sees-their-unit");
        await reporter.Page.GetByRole(AriaRole.Link, new() { Name = "Svara – Fastighetsförvaltningen" }).ClickAsync();
        await Expect(reporter.Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Fastighetsförvaltningen");
        await Statement(reporter, Leadership).GetByLabel("Stämmer helt").CheckAsync();
        await Statement(reporter, Roles).GetByLabel("Stämmer delvis").CheckAsync();
        await reporter.Page.GetByLabel("Vilka styrkor ser förvaltningen i sitt arbete med social hållbarhet?").FillAsync("Ledningen har gått en gemensam utbildning.");
        await reporter.Page.GetByRole(AriaRole.Button, new() { Name = "Spara utkast" }).ClickAsync();
        await Expect(reporter.Page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Utkastet är sparat. Svaren skickas in först när du väljer Skicka in.");
        await StepAsync(reporter, "draft-saved");

        // The admin sees the draft in the progress.
        await admin.Page.ReloadAsync();
        await Expect(Progress(admin, "Fastighetsförvaltningen").Locator("td").First).ToHaveTextAsync("Utkast");
        await Expect(Progress(admin, "Fastighetsförvaltningen")).ToContainTextAsync("fastighet@hallbar.demo");
        await StepAsync(admin, "progress-draft");

        // The reporter of another unit sees neither the unit in their list nor its answers, and cannot change them.
        await using var other = await browser.VisitAsync(server);
        await other.SignInAsync("service@hallbar.demo");
        await other.OpenAsync("enkat?year=2026");
        await Expect(other.Page.Locator("table.survey-progress tbody th")).ToHaveTextAsync(["Serviceförvaltningen"]);
        var token = await other.Page.Locator("input[name=__RequestVerificationToken]").First.GetAttributeAsync("value");
        var page = await other.Page.GotoAsync($"/{Visitor.Organization}/{Answers}");
        Assert.Equal(403, page!.Status);
        await StepAsync(other, "other-unit-refused");
        var crafted = other.Page.APIRequest.CreateFormData();
        crafted.Set("__RequestVerificationToken", token!);
        crafted.Set("Input.Answers[ledningens-kunskap]", "inte");
        var post = await other.Page.APIRequest.PostAsync($"/{Visitor.Organization}/{Answers}?handler=Save", new() { Form = crafted, MaxRedirects = 0 });
        Assert.Equal(403, post.Status);

        // The reporter comes back later: the draft is there as saved, untouched by the other reporter.
        await reporter.OpenAsync(string.Empty);
        await reporter.OpenAsync(Answers);
        await Expect(Statement(reporter, Leadership).GetByLabel("Stämmer helt")).ToBeCheckedAsync();
        await Expect(Statement(reporter, Roles).GetByLabel("Stämmer delvis")).ToBeCheckedAsync();
        await Expect(reporter.Page.GetByLabel("Vilka styrkor ser förvaltningen i sitt arbete med social hållbarhet?")).ToHaveValueAsync("Ledningen har gått en gemensam utbildning.");
        await Expect(reporter.Page.Locator(".survey-status")).ToContainTextAsync("Utkast");

        // Submitting lists the statements without an answer, then asks to confirm.
        await reporter.Page.GetByRole(AriaRole.Button, new() { Name = "Skicka in", Exact = true }).ClickAsync();
        await Expect(reporter.Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Skicka in svaren för Fastighetsförvaltningen");
        await Expect(reporter.Page.GetByRole(AriaRole.Heading, new() { Name = "15 påståenden saknar svar" })).ToBeVisibleAsync();
        await StepAsync(reporter, "submit-confirmation");
        await reporter.Page.GetByRole(AriaRole.Button, new() { Name = "Skicka in svaren för Fastighetsförvaltningen" }).ClickAsync();
        await Expect(reporter.Page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Svaren för Fastighetsförvaltningen är inskickade. Tack!");
        await Expect(reporter.Page.Locator(".survey-status")).ToContainTextAsync("inskickat av fastighet@hallbar.demo");
        await Expect(reporter.Page.GetByRole(AriaRole.Button, new() { Name = "Spara utkast" })).ToHaveCountAsync(0);
        await StepAsync(reporter, "submitted-read-only");

        // The admin sees the answer submitted, with who and when, and may reopen it.
        await admin.Page.ReloadAsync();
        var row = Progress(admin, "Fastighetsförvaltningen");
        await Expect(row.Locator("td").First).ToHaveTextAsync("Inskickad");
        await Expect(row.Locator("td").Nth(2)).ToContainTextAsync("fastighet@hallbar.demo");
        await Expect(row.GetByRole(AriaRole.Link, new() { Name = "Öppna igen – Fastighetsförvaltningen" })).ToBeVisibleAsync();
        await Expect(admin.Page.GetByText("1 av 2 förvaltningar har skickat in.")).ToBeVisibleAsync();
        await StepAsync(admin, "progress-submitted");
    }

    private static ILocator Statement(Visitor visitor, string text) => visitor.Page.GetByRole(AriaRole.Group, new() { Name = text, Exact = true });

    private static ILocator Progress(Visitor visitor, string unit) =>
        visitor.Page.Locator("table.survey-progress tbody tr").Filter(new() { Has = visitor.Page.GetByRole(AriaRole.Rowheader, new() { Name = unit, Exact = true }) });

    private async Task StepAsync(Visitor visitor, string name)
    {
        var file = await Artifacts.ScreenshotAsync(visitor.Page, _screenshots, $"{++_step:00}-{name}");
        output.WriteLine(file);
    }
}
