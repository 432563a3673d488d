using System.Text.RegularExpressions;
using Hallbar.Reports.Tests.Tools;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Hallbar.Web.BrowserTests.Round;

/// <summary>
/// A whole reporting round in a real Chromium, by three people in browsers of their own, with a screenshot
/// of each step kept in <c>artifacts/screenshots/</c> beside the test assembly.
/// </summary>
[Collection(SharedBrowser.Name)]
[Trait(Needs.Trait, Needs.Chromium)]
[Trait(Needs.Trait, Needs.Poppler)]
public sealed partial class WholeRoundTests(BrowserFixture browser, ITestOutputHelper output)
{
    private const string Energy = "energiforbrukning-fastigheter";
    private const string GreenProducts = "andel-grona-gula-varor";

    private string _screenshots = string.Empty;
    private int _step;

    [Fact]
    public async Task Round2026_OpenedEnteredReviewedApprovedAndPublished_ThePublicDownloadsThePdfWithTheReportersValue()
    {
        await using var server = new HallbarServer();
        server.Start();
        _screenshots = Artifacts.FreshFolder("screenshots");
        output.WriteLine($"Screenshots of each step: {_screenshots}");

        // The admin signs in and opens round 2026.
        await using var admin = await browser.VisitAsync(server);
        await admin.SignInAsync("admin@hallbar.demo");
        await StepAsync(admin, "admin-signed-in");
        await admin.OpenAsync("omgangar");
        await admin.Page.GetByLabel("Redovisningsår").FillAsync("2026");
        await admin.Page.GetByRole(AriaRole.Button, new() { Name = "Öppna omgången" }).ClickAsync();
        await Expect(admin.Page.GetByRole(AriaRole.Status)).ToContainTextAsync("Rapportomgången 2026 är öppnad");
        await Expect(RoundRow(admin, 2026)).ToContainTextAsync("Öppen");
        await StepAsync(admin, "round-2026-opened");

        // The reporter signs in and enters their values, with a decimal comma.
        await using var reporter = await browser.VisitAsync(server);
        await reporter.SignInAsync("fastighet@hallbar.demo");
        await reporter.OpenAsync("inmatning");
        await Expect(reporter.Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Inmatning 2026");
        await EnterAsync(reporter, Energy, "175,5", "Energiportalen");
        await EnterAsync(reporter, "andel-roda-varor", "12,5");
        await Expect(Measure(reporter, Energy).Locator(".saved")).ToContainTextAsync("175,5");
        await Expect(Measure(reporter, "andel-roda-varor").Locator(".saved")).ToContainTextAsync("12,5");
        await StepAsync(reporter, "reporter-entered-values", Measure(reporter, Energy));

        // The reporter and the admin have the same value open; the reporter saves first, the admin's save is a conflict.
        await admin.OpenAsync("inmatning?year=2026&unit=fastighetsforvaltningen");
        await Measure(admin, GreenProducts).GetByLabel(ValueLabel()).FillAsync("83");
        await EnterAsync(reporter, GreenProducts, "81,5");
        await Measure(admin, GreenProducts).GetByRole(AriaRole.Button, new() { Name = "Spara" }).ClickAsync();
        var conflict = Measure(admin, GreenProducts).Locator(".conflict");
        await Expect(conflict.Locator(".conflict-yours")).ToHaveTextAsync(Percent("83"));
        await Expect(conflict.Locator(".conflict-current")).ToHaveTextAsync(Percent("81,5"));
        await Expect(conflict.Locator(".conflict-who")).ToContainTextAsync("fastighet@hallbar.demo");
        await StepAsync(admin, "conflict-shows-both-values", Measure(admin, GreenProducts));

        // The admin reviews and sets a final assessment other than the rule's suggestion, with a motivation.
        await admin.OpenAsync("granskning?year=2026");
        var assessment = admin.Page.Locator($"#bedomning-{Energy}");
        await Expect(assessment.GetByRole(AriaRole.Table)).ToContainTextAsync("175,5");
        await Expect(assessment.Locator(".assessment dd").First).ToContainTextAsync("Positiv");
        await assessment.GetByLabel("Slutlig bedömning").SelectOptionAsync(new SelectOptionValue { Label = "Oförändrad" });
        await assessment.GetByLabel("Motivering").FillAsync("Minskningen kommer av en mild vinter, inte av åtgärder.");
        await assessment.GetByRole(AriaRole.Button, new() { Name = "Spara bedömningen" }).ClickAsync();
        await Expect(admin.Page.GetByRole(AriaRole.Status)).ToContainTextAsync("Energiförbrukning i fastigheter och verksamheter");
        await Expect(assessment.GetByRole(AriaRole.Heading).First).ToContainTextAsync("Avviker från förslaget");
        await Expect(assessment.Locator(".divergence")).ToContainTextAsync("regeln föreslår Positiv, den slutliga bedömningen är Oförändrad");
        await Expect(assessment.Locator(".assessment")).ToContainTextAsync("mild vinter");
        await StepAsync(admin, "final-assessment-with-motivation", assessment);

        // The admin sends the round to review, approves it on the confirmation page, and publishes it.
        await admin.OpenAsync("omgangar");
        await admin.Page.GetByRole(AriaRole.Button, new() { Name = "Skicka till granskning 2026" }).ClickAsync();
        await Expect(RoundRow(admin, 2026)).ToContainTextAsync("Under granskning");
        await StepAsync(admin, "round-in-review");
        await admin.Page.GetByRole(AriaRole.Link, new() { Name = "Godkänn och lås … 2026" }).ClickAsync();
        await Expect(admin.Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Godkänn rapportomgången 2026");
        await StepAsync(admin, "approve-confirmation");
        await admin.Page.GetByRole(AriaRole.Button, new() { Name = "Godkänn och lås 2026" }).ClickAsync();
        await Expect(admin.Page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Rapportomgången 2026 är godkänd och låst.");
        await Expect(RoundRow(admin, 2026)).ToContainTextAsync("Godkänd (låst)");
        await admin.Page.GetByRole(AriaRole.Link, new() { Name = "Publicera … 2026" }).ClickAsync();
        await Expect(admin.Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Publicera redovisningen 2026");
        await StepAsync(admin, "publish-confirmation");
        await admin.Page.GetByRole(AriaRole.Button, new() { Name = "Publicera 2026" }).ClickAsync();
        await Expect(admin.Page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Redovisningen 2026 är publicerad och syns nu för alla.");
        await Expect(RoundRow(admin, 2026)).ToContainTextAsync("Publicerad (låst)");
        await StepAsync(admin, "round-published");

        // Someone from the public, not signed in, downloads the 2026 report as PDF.
        await using var reader = await browser.VisitAsync(server);
        await reader.OpenAsync("rapport");
        await reader.Page.GetByLabel("Redovisningsår").SelectOptionAsync("2026");
        await reader.Page.GetByLabel("Format").SelectOptionAsync("pdf");
        await StepAsync(reader, "public-report-page");
        var download = await reader.Page.RunAndWaitForDownloadAsync(
            () => reader.Page.GetByRole(AriaRole.Button, new() { Name = "Ladda ner" }).ClickAsync(),
            new() { Timeout = (float)(2 * BrowserFixture.Patience).TotalMilliseconds });
        Assert.Equal("hallbarhetsredovisning-region-vastmanland-2026.pdf", download.SuggestedFilename);
        var file = Path.Combine(Artifacts.Folder, download.SuggestedFilename);
        await download.SaveAsAsync(file);
        output.WriteLine($"The downloaded report: {file}");
        var pdf = await File.ReadAllBytesAsync(file);

        Assert.Equal("%PDF", System.Text.Encoding.ASCII.GetString(pdf, 0, 4));
        var text = await PdfTools.TextAsync(pdf);
        Assert.Contains("Hållbarhetsredovisning 2026", text, StringComparison.Ordinal);
        // The measure's row in Bilaga 2 (its name wraps): the reporter's value and the admin's final assessment.
        Assert.Matches(@"Energiförbrukning i fastigheter och [^\n]*175,5 kWh/m² BRA\s+Oförändrad", text);
    }

    private static ILocator Measure(Visitor visitor, string id) => visitor.Page.Locator($"#matetal-{id}");

    private static ILocator RoundRow(Visitor visitor, int year) =>
        visitor.Page.Locator("table.rounds tbody tr").Filter(new() { Has = visitor.Page.GetByRole(AriaRole.Rowheader, new() { Name = year.ToString(), Exact = true }) });

    /// <summary>Fills in a measure's value (and source) and saves it with the measure's own button.</summary>
    private static async Task EnterAsync(Visitor visitor, string measureId, string value, string? source = null)
    {
        var measure = Measure(visitor, measureId);
        var name = await measure.GetByRole(AriaRole.Heading).TextContentAsync();
        await measure.GetByLabel(ValueLabel()).FillAsync(value);
        if (source is not null)
        {
            await measure.GetByLabel("Källa").FillAsync(source);
        }

        await measure.GetByRole(AriaRole.Button, new() { Name = "Spara" }).ClickAsync();
        await Expect(visitor.Page.GetByRole(AriaRole.Status)).ToContainTextAsync($"{name!.Trim()}: Sparat");
    }

    private async Task StepAsync(Visitor visitor, string name, ILocator? focus = null)
    {
        var file = await Artifacts.ScreenshotAsync(visitor.Page, _screenshots, $"{++_step:00}-{name}", focus);
        output.WriteLine(file);
    }

    /// <summary>A text that begins with the value and the percent sign, whatever space the page puts around them.</summary>
    private static Regex Percent(string value) => new($@"^\s*{Regex.Escape(value)}\s*%");

    [GeneratedRegex("^Värde")]
    private static partial Regex ValueLabel();
}
