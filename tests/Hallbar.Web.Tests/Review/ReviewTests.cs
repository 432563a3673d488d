using System.Net;
using AngleSharp.Dom;
using Hallbar.Data.Editing;
using Hallbar.Web.Tests.Entry;

namespace Hallbar.Web.Tests.Review;

public sealed class ReviewTests(SignedInFactory factory) : IClassFixture<SignedInFactory>
{
    private const string Page = "/region-vastmanland/granskning";
    private const string Procurements = "#bedomning-upphandlingar-forhojda-miljokrav";

    private static string Words(IElement element) => string.Join(' ', element.TextContent.Split((char[])[' ', '\n', '\r', '\u00A0'], StringSplitOptions.RemoveEmptyEntries));

    [Fact]
    public async Task Review2025_FlagsTheThreeDivergencesOfTheDemo()
    {
        var client = await factory.ClientAsync("admin@hallbar.demo");

        var page = await client.GetDocumentAsync(Page + "?year=2025");

        Assert.Equal("3 slutliga bedömningar avviker från regelns förslag:", Words(page.QuerySelector(".divergence-count")!));
        Assert.Equal(
            ["Antal upphandlingar med förhöjda miljökrav: förslag Negativ men slutlig Oförändrad",
             "Regionens totala utsläpp av CO2e: förslag Oförändrad men slutlig Positiv",
             "Antal incidentrapporter gällande utsläpp/kemikalier Region Västmanland exklusive NAV: förslag Negativ men slutlig Oförändrad"],
            page.QuerySelectorAll(".divergences li").Select(Words));
        var procurements = page.QuerySelector(Procurements)!;
        Assert.Contains("Avviker från förslaget", procurements.QuerySelector("h5")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Avvikelse: regeln föreslår Negativ, den slutliga bedömningen är Oförändrad.", Words(procurements.QuerySelector(".divergence")!));
        Assert.Contains("Minskning från 30 till 26 st", Words(procurements.QuerySelector(".assessment")!), StringComparison.Ordinal);
        Assert.Equal(3, page.QuerySelectorAll(".review-subject .flag").Length);
    }

    [Fact]
    public async Task OnlyDivergences_ShowsJustTheThree()
    {
        var client = await factory.ClientAsync("admin@hallbar.demo");

        var page = await client.GetDocumentAsync(Page + "?year=2025&avvikelser=true");

        Assert.Equal(["bedomning-upphandlingar-forhojda-miljokrav", "bedomning-totala-utslapp-co2e", "bedomning-incidentrapporter-exklusive-nav"],
            page.QuerySelectorAll(".review-subject").Select(s => s.Id));
        Assert.True(((AngleSharp.Html.Dom.IHtmlInputElement)page.GetElementById("avvikelser")!).IsChecked);
    }

    [Fact]
    public async Task LockedRound_HasNoAssessmentForms_AndSaysWhy()
    {
        var client = await factory.ClientAsync("admin@hallbar.demo");

        var page = await client.GetDocumentAsync(Page + "?year=2025");

        Assert.Empty(page.QuerySelectorAll("main form[method=post]"));
        Assert.Contains("kan inte längre ändras", page.QuerySelector("main .notice")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FinalThatDiffersWithoutMotivation_IsRefusedAtTheField_WithOneItIsSavedAndInTheHistory()
    {
        await Demo.OpenRound2026Async(factory);
        // A reporter's 2026 value makes the rule suggest Negativ (26 → 20 procurements).
        await Demo.WithEditorAsync(factory, e => e.SetOutcomeAsync(new OutcomeChange(Demo.Org, "upphandlingar-forhojda-miljokrav", "2026", 20, null, "service@hallbar.demo")));
        var client = await factory.ClientAsync("admin@hallbar.demo");
        var page = await client.GetDocumentAsync(Page + "?year=2026");
        var form = Forms.FormIn(page, Procurements);
        Assert.Contains("Negativ", page.QuerySelector(Procurements + " .assessment dd")!.TextContent, StringComparison.Ordinal);

        var refused = await Forms.DocumentAsync(await client.SubmitAsync(page, form, new() { ["Input.GradeId"] = "oforandrad", ["Input.Motivation"] = "" }));

        var motivation = refused.QuerySelector(Procurements + " textarea[name='Input.Motivation']")!;
        Assert.Equal("true", motivation.GetAttribute("aria-invalid"));
        Assert.Contains("Regeln föreslår Negativ; motivera varför bedömningen blir Oförändrad.",
            motivation.GetAttribute("aria-describedby")!.Split(' ').Select(id => refused.GetElementById(id)!.TextContent));
        Assert.Equal("oforandrad", Forms.Fields(Forms.FormIn(refused, Procurements))["Input.GradeId"]);
        Assert.Empty(await Demo.WithEditorAsync(factory, e => e.HistoryAsync(Demo.Org, "assessment", "upphandlingar-forhojda-miljokrav/2026")));

        var saved = await client.FollowAsync(await client.SubmitAsync(page, form,
            new() { ["Input.GradeId"] = "oforandrad", ["Input.Motivation"] = "Kraven är lika höga som förra året; antalet upphandlingar avgör inte." }));

        var shown = saved.QuerySelector(Procurements)!;
        Assert.Contains("Avviker från förslaget", shown.QuerySelector("h5")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Kraven är lika höga som förra året", shown.QuerySelector(".assessment")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("satt av admin@hallbar.demo", shown.QuerySelector(".assessment .by")!.TextContent, StringComparison.Ordinal);
        var history = await Demo.WithEditorAsync(factory, e => e.HistoryAsync(Demo.Org, "assessment", "upphandlingar-forhojda-miljokrav/2026"));
        var change = Assert.Single(history);
        Assert.Equal("admin@hallbar.demo", change.ChangedBy);
        Assert.StartsWith("oforandrad:", change.NewValue, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SecondSaveFromTheSameReadVersion_IsAConflictThatShowsBoth_AndWritesNothing()
    {
        await Demo.OpenRound2026Async(factory);
        var client = await factory.ClientAsync("admin@hallbar.demo");
        var page = await client.GetDocumentAsync(Page + "?year=2026");
        var form = Forms.FormIn(page, "#bedomning-egenkontroller-miljo");
        await client.FollowAsync(await client.SubmitAsync(page, form, new() { ["Input.GradeId"] = "negativ", ["Input.Motivation"] = "Färre kontroller än planerat." }));

        var response = await client.SubmitAsync(page, form, new() { ["Input.GradeId"] = "positiv", ["Input.Motivation"] = "Fler kontroller." });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var conflict = (await Forms.DocumentAsync(response)).QuerySelector("#bedomning-egenkontroller-miljo")!;
        Assert.Equal("Positiv – Fler kontroller.", Words(conflict.QuerySelector(".conflict-yours")!));
        Assert.StartsWith("Negativ – Färre kontroller än planerat. (sparat av admin@hallbar.demo", Words(conflict.QuerySelector(".conflict-current")!), StringComparison.Ordinal);
        Assert.Contains("Spara min bedömning över den sparade", conflict.QuerySelector("button")!.TextContent, StringComparison.Ordinal);
        var history = await Demo.WithEditorAsync(factory, e => e.HistoryAsync(Demo.Org, "assessment", "egenkontroller-miljo/2026"));
        Assert.StartsWith("negativ:", Assert.Single(history).NewValue, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reporter_CannotReachReview()
    {
        var client = await factory.ClientAsync("fastighet@hallbar.demo");

        var response = await client.Http.GetAsync(new Uri(Page, UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/konto/nekad", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }
}
