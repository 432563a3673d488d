using System.Net;
using AngleSharp.Html.Dom;
using Hallbar.Data.Editing;

namespace Hallbar.Web.Tests.Entry;

public sealed class EntryTests(SignedInFactory factory) : IClassFixture<SignedInFactory>
{
    private const string Page = "/region-vastmanland/inmatning";

    private static IEnumerable<string> MeasureHeadings(IHtmlDocument page) =>
        page.QuerySelectorAll(".entry-measure").Select(s => s.QuerySelector("h3, h4")!.TextContent.Trim());

    [Fact]
    public async Task Reporter_SeesOnlyTheirUnitsMeasures_AndSavesAValueWithADecimalComma()
    {
        await Demo.OpenRound2026Async(factory);
        var client = await factory.ClientAsync("fastighet@hallbar.demo");

        var page = await client.GetDocumentAsync(Page);

        Assert.Equal("Inmatning 2026", page.QuerySelector("h1")!.TextContent);
        Assert.Equal(
            ["Energiförbrukning i fastigheter och verksamheter", "Resurseffektivitet nybyggnation, Vårdbyggnad NAV etapp 1 (Kvoten mellan BTA och LOA)",
             "Andel gröna och gula varor i Byggvarubedömningen, Vårdbyggnad etapp 1 %", "Andel röda varor i Byggvarubedömningen, Vårdbyggnad etapp 1 %",
             "Antal incidentrapporter gällande utsläpp/kemikalier produktion, Vårdbyggnad NAV etapp 1"],
            MeasureHeadings(page));
        Assert.DoesNotContain("Andel källsorterat avfall", page.Body!.TextContent, StringComparison.Ordinal);

        var form = Forms.FormIn(page, "#matetal-energiforbrukning-fastigheter");
        var saved = await client.FollowAsync(await client.SubmitAsync(page, form, new() { ["Input.Lines[0].Value"] = "180,5", ["Input.Lines[0].Source"] = "Energiportalen" }));

        Assert.Contains("Sparat", saved.QuerySelector("[role=status]")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("180,5", saved.QuerySelector("#matetal-energiforbrukning-fastigheter .saved")!.TextContent, StringComparison.Ordinal);
        var stored = await Demo.OutcomeAsync(factory, "energiforbrukning-fastigheter", "2026");
        Assert.Equal(180.5m, stored!.Value);
        Assert.Equal("Energiportalen", stored.Source);
        var history = await Demo.WithEditorAsync(factory, e => e.HistoryAsync(Demo.Org, "outcome", "energiforbrukning-fastigheter/2026"));
        Assert.Equal("fastighet@hallbar.demo", history[0].ChangedBy);
    }

    [Fact]
    public async Task SecondSaveFromTheSameReadVersion_IsAConflictThatShowsBothValues_AndWritesNothing()
    {
        await Demo.OpenRound2026Async(factory);
        var client = await factory.ClientAsync("fastighet@hallbar.demo");
        var page = await client.GetDocumentAsync(Page);
        var form = Forms.FormIn(page, "#matetal-andel-grona-gula-varor");
        await client.FollowAsync(await client.SubmitAsync(page, form, new() { ["Input.Lines[0].Value"] = "81,5" }));

        var response = await client.SubmitAsync(page, form, new() { ["Input.Lines[0].Value"] = "83" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var conflict = await Forms.DocumentAsync(response);
        Assert.Contains("Inget sparades", conflict.QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);
        var shown = conflict.QuerySelector("#matetal-andel-grona-gula-varor .conflict")!;
        Assert.Equal("83 %", shown.QuerySelector(".conflict-yours")!.TextContent.Trim().Replace('\u00A0', ' '));
        Assert.StartsWith("81,5 %", shown.QuerySelector(".conflict-current")!.TextContent.Trim().Replace('\u00A0', ' '), StringComparison.Ordinal);
        Assert.Contains("fastighet@hallbar.demo", shown.QuerySelector(".conflict-who")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(81.5m, (await Demo.OutcomeAsync(factory, "andel-grona-gula-varor", "2026"))!.Value);

        // The person keeps the saved value with a link, or saves theirs over it from the version now saved.
        Assert.NotNull(conflict.QuerySelectorAll("#matetal-andel-grona-gula-varor a").FirstOrDefault(a => a.TextContent == "Behåll det sparade värdet"));
        var again = Forms.FormIn(conflict, "#matetal-andel-grona-gula-varor");
        Assert.Contains("Spara mitt värde över det sparade", again.QuerySelector("button")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("83", Forms.Fields(again)["Input.Lines[0].Value"]);
        await client.FollowAsync(await client.SubmitAsync(conflict, again));
        Assert.Equal(83m, (await Demo.OutcomeAsync(factory, "andel-grona-gula-varor", "2026"))!.Value);
    }

    [Fact]
    public async Task ReporterPostForAnotherUnitsMeasure_IsRefused_AndWritesNothing()
    {
        await Demo.OpenRound2026Async(factory);
        var client = await factory.ClientAsync("fastighet@hallbar.demo");
        var page = await client.GetDocumentAsync(Page);
        var fields = Forms.Fields(Forms.FormIn(page, "#matetal-energiforbrukning-fastigheter"));
        fields["Input.MeasureId"] = "andel-kallsorterat-avfall";
        fields["Input.Lines[0].Value"] = "99";

        var response = await client.PostFormAsync(Forms.Action(Forms.FormIn(page, "#matetal-energiforbrukning-fastigheter")), page, fields);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Null(await Demo.OutcomeAsync(factory, "andel-kallsorterat-avfall", "2026"));
    }

    [Fact]
    public async Task ReporterPostForAPeriodTheRoundDoesNotAskFor_IsRefused()
    {
        await Demo.OpenRound2026Async(factory);
        var client = await factory.ClientAsync("fastighet@hallbar.demo");
        var page = await client.GetDocumentAsync(Page);
        var form = Forms.FormIn(page, "#matetal-incidentrapporter-nav");

        // The reporter's own measure, but a year of an approved round.
        var response = await client.SubmitAsync(page, form, new() { ["Input.Lines[0].Period"] = "2025", ["Input.Lines[0].Value"] = "3" });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(0m, (await Demo.OutcomeAsync(factory, "incidentrapporter-nav", "2025"))!.Value);
    }

    [Fact]
    public async Task BadValue_ShowsTheMessageAtItsField_AndWritesNothing()
    {
        await Demo.OpenRound2026Async(factory);
        var client = await factory.ClientAsync("fastighet@hallbar.demo");
        var page = await client.GetDocumentAsync(Page);

        var response = await client.SubmitAsync(page, Forms.FormIn(page, "#matetal-andel-roda-varor"), new() { ["Input.Lines[0].Value"] = "åttio" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var shown = await Forms.DocumentAsync(response);
        var field = shown.QuerySelector("#matetal-andel-roda-varor input[name='Input.Lines[0].Value']")!;
        Assert.Equal("true", field.GetAttribute("aria-invalid"));
        Assert.Equal("åttio", field.GetAttribute("value"));
        var messages = field.GetAttribute("aria-describedby")!.Split(' ').Select(id => shown.GetElementById(id)!.TextContent);
        Assert.Contains("Värdet måste vara ett tal, till exempel 84,5.", messages);
        Assert.Equal(field.Id, shown.QuerySelector($"label[for='{field.Id}']")!.GetAttribute("for"));
        Assert.Null(await Demo.OutcomeAsync(factory, "andel-roda-varor", "2026"));
    }

    [Fact]
    public async Task ValueAndMissingReasonTogether_AreRefusedAtTheField()
    {
        await Demo.OpenRound2026Async(factory);
        var client = await factory.ClientAsync("fastighet@hallbar.demo");
        var page = await client.GetDocumentAsync(Page);

        var response = await client.SubmitAsync(page, Forms.FormIn(page, "#matetal-resurseffektivitet-nybyggnation-nav"),
            new() { ["Input.Lines[0].Value"] = "67", ["Input.Lines[0].Missing"] = "Ej mätt" });

        var shown = await Forms.DocumentAsync(response);
        var field = shown.QuerySelector("#matetal-resurseffektivitet-nybyggnation-nav input[name='Input.Lines[0].Missing']")!;
        Assert.Equal("Ange antingen ett värde eller varför det saknas, inte båda.", shown.GetElementById(field.GetAttribute("aria-describedby")!)!.TextContent);
    }

    [Fact]
    public async Task ReaderAndAnonymous_CannotReachDataEntry()
    {
        var reader = await factory.ClientAsync("lasare@hallbar.demo");
        using var anonymous = new WebClient(factory);

        var denied = await reader.Http.GetAsync(new Uri(Page, UriKind.Relative));
        var signIn = await anonymous.Http.GetAsync(new Uri(Page, UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, denied.StatusCode);
        Assert.Contains("/konto/nekad", denied.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.Contains("/konto/logga-in", signIn.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Admin_SeesEveryMeasure_AndLooksAsOneUnit()
    {
        await Demo.OpenRound2026Async(factory);
        var client = await factory.ClientAsync("admin@hallbar.demo");

        var all = await client.GetDocumentAsync(Page);
        var service = await client.GetDocumentAsync(Page + "?year=2026&unit=serviceforvaltningen");

        // Every measure of 2026: the 24 assessed ones and the described distribution of emissions.
        Assert.Equal(25, MeasureHeadings(all).Count());
        Assert.Equal(["Andel källsorterat avfall för materialåtervinning", "Organisationens totala mängd avfall per länsinvånare", "Totalt matsvinn gram per portion (inkl produktion)"],
            MeasureHeadings(service));
    }

    [Fact]
    public async Task ApprovedRound_IsReadOnlyForTheReporter_AndTheAdminRestatesWithAReason()
    {
        var reporter = await factory.ClientAsync("fastighet@hallbar.demo");
        var admin = await factory.ClientAsync("admin@hallbar.demo");

        var locked = await reporter.GetDocumentAsync(Page + "?year=2025");
        Assert.Empty(locked.QuerySelectorAll("main form[method=post]"));
        Assert.Contains("kan inte längre ändras", locked.QuerySelector("main .notice")!.TextContent, StringComparison.Ordinal);

        var page = await admin.GetDocumentAsync(Page + "?year=2025&unit=fastighetsforvaltningen");
        var form = Forms.FormIn(page, "#matetal-energiforbrukning-fastigheter");
        var refused = await Forms.DocumentAsync(await admin.SubmitAsync(page, form, new() { ["Input.Lines[0].Value"] = "183" }));
        var reason = refused.QuerySelector("#matetal-energiforbrukning-fastigheter textarea[name='Input.Reason']")!;
        Assert.Contains("kräver ett skäl", refused.GetElementById(reason.GetAttribute("aria-describedby")!)!.TextContent, StringComparison.Ordinal);
        Assert.Equal(184m, (await Demo.OutcomeAsync(factory, "energiforbrukning-fastigheter", "2025"))!.Value);

        var saved = await admin.FollowAsync(await admin.SubmitAsync(page, form, new() { ["Input.Lines[0].Value"] = "183", ["Input.Reason"] = "Sent inkommen mätardata" }));

        Assert.Contains("omräkning", saved.QuerySelector("[role=status]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(183m, (await Demo.OutcomeAsync(factory, "energiforbrukning-fastigheter", "2025"))!.Value);
    }

    [Fact]
    public async Task AComposite_NeedsAllItsParts()
    {
        await Demo.OpenRound2026Async(factory);
        var client = await factory.ClientAsync("admin@hallbar.demo");
        var page = await client.GetDocumentAsync(Page);
        var form = Forms.FormIn(page, "#matetal-fordelning-klimatutslapp");
        Assert.Equal("2026 (avser 2025) – Fastigheter - drift", form.QuerySelector("legend")!.TextContent);

        var refused = await Forms.DocumentAsync(await client.SubmitAsync(page, form, new() { ["Input.Lines[0].Value"] = "7" }));

        var part = refused.QuerySelector("#matetal-fordelning-klimatutslapp input[name='Input.Lines[1].Value']")!;
        Assert.Contains("ange även den här delen", refused.GetElementById(part.GetAttribute("aria-describedby")!.Split(' ')[^1])!.TextContent, StringComparison.Ordinal);
        Assert.Null(await Demo.OutcomeAsync(factory, "fordelning-klimatutslapp", "2026", "fastigheter-drift"));
        // The rest of the organization still reads: nothing half-made was kept.
        Assert.NotNull(await client.GetDocumentAsync("/region-vastmanland"));
    }

    [Fact]
    public async Task AMeasureWithSeveralValues_IsSavedWholeOrNotAtAll()
    {
        await Demo.OpenRound2026Async(factory);
        var client = await factory.ClientAsync("admin@hallbar.demo");
        var first = await client.GetDocumentAsync(Page);
        Assert.Equal(["cmr", "kandidatforteckning", "priodatabas"],
            Enumerable.Range(0, 3).Select(i => Forms.Fields(Forms.FormIn(first, "#matetal-kemikalier-utfasningslistor"))[$"Input.Lines[{i}].SeriesId"]));
        await client.FollowAsync(await client.SubmitAsync(first, Forms.FormIn(first, "#matetal-kemikalier-utfasningslistor"),
            new() { ["Input.Lines[0].Value"] = "30", ["Input.Lines[1].Value"] = "40", ["Input.Lines[2].Value"] = "150" }));
        var page = await client.GetDocumentAsync(Page);
        // Someone saves the CMR figure after the page was read.
        await Demo.WithEditorAsync(factory, e => e.SetOutcomeAsync(new OutcomeChange(Demo.Org, "kemikalier-utfasningslistor", "2026", 29, 1, "hs@hallbar.demo", SeriesId: "cmr")));

        var response = await client.SubmitAsync(page, Forms.FormIn(page, "#matetal-kemikalier-utfasningslistor"), new() { ["Input.Lines[0].Value"] = "31", ["Input.Lines[1].Value"] = "44" });

        var shown = await Forms.DocumentAsync(response);
        var conflict = Assert.Single(shown.QuerySelectorAll("#matetal-kemikalier-utfasningslistor .conflict"));
        Assert.Contains("hs@hallbar.demo", conflict.TextContent, StringComparison.Ordinal);
        Assert.Equal("44", Forms.Fields(Forms.FormIn(shown, "#matetal-kemikalier-utfasningslistor"))["Input.Lines[1].Value"]);
        Assert.Equal(29m, (await Demo.OutcomeAsync(factory, "kemikalier-utfasningslistor", "2026", "cmr"))!.Value);
        Assert.Equal(40m, (await Demo.OutcomeAsync(factory, "kemikalier-utfasningslistor", "2026", "kandidatforteckning"))!.Value);
    }

    [Fact]
    public async Task MissingValueWithAReason_AndAQualitativeText_AreSaved()
    {
        await Demo.OpenRound2026Async(factory);
        var reporter = await factory.ClientAsync("fastighet@hallbar.demo");
        var admin = await factory.ClientAsync("admin@hallbar.demo");

        var page = await reporter.GetDocumentAsync(Page);
        var saved = await reporter.FollowAsync(await reporter.SubmitAsync(page, Forms.FormIn(page, "#matetal-incidentrapporter-nav"),
            new() { ["Input.Lines[0].Missing"] = "Mätningen är inte klar" }));
        var adminPage = await admin.GetDocumentAsync(Page);
        await admin.FollowAsync(await admin.SubmitAsync(adminPage, Forms.FormIn(adminPage, "#matetal-riskbedomning-klimatanpassning"),
            new() { ["Input.Lines[0].Text"] = "Klimatrisker ingår i alla riskbedömningar." }));

        Assert.Contains("saknas: Mätningen är inte klar", saved.QuerySelector("#matetal-incidentrapporter-nav .saved")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Mätningen är inte klar", (await Demo.OutcomeAsync(factory, "incidentrapporter-nav", "2026"))!.MissingReason);
        Assert.Equal("Klimatrisker ingår i alla riskbedömningar.", (await Demo.OutcomeAsync(factory, "riskbedomning-klimatanpassning", "2026"))!.Text);
    }
}
