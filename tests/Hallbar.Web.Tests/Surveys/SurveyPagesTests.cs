using System.Net;
using AngleSharp.Html.Dom;
using Hallbar.Domain.Surveys;
using Hallbar.Web.Tests.Entry;
using static Hallbar.Web.Tests.Surveys.SurveySetup;

namespace Hallbar.Web.Tests.Surveys;

/// <summary>The survey pages: the admin sends a year's survey, a unit's reporter saves drafts and submits once, the admin reopens; other units' reporters are refused.</summary>
public sealed class SurveyPagesTests(SignedInFactory factory) : IClassFixture<SignedInFactory>
{
    private const string Index = "/" + Demo.Org + "/enkat";

    [Fact]
    public async Task Send_ByTheAdmin_ReachesTheUnitsChosen_AndTheirReporterSeesTheirUnitToAnswer()
    {
        await PrepareAsync(factory, 2026);
        var admin = await factory.ClientAsync(Admin);
        var page = await admin.GetDocumentAsync($"{Index}?year=2026");
        Assert.Equal("Självskattning social hållbarhet 2026", page.QuerySelector("h1")!.TextContent);

        // Nothing ticked: the summary links to the first box, and nothing is sent.
        var refused = await Forms.DocumentAsync(await admin.PostFormAsync($"{Index}?year=2026&handler=Send", page, []));
        var link = refused.QuerySelector(".error-summary a")!;
        Assert.Equal("Välj minst en förvaltning att skicka enkäten till.", link.TextContent);
        Assert.NotNull(refused.QuerySelector(link.GetAttribute("href")!));
        Assert.Empty((await StateAsync(factory, 2026)).Survey.SentTo);

        page = await admin.FollowAsync(await admin.PostFormAsync($"{Index}?year=2026&handler=Send", page, new() { ["SendTo[0]"] = Fastighet, ["SendTo[1]"] = Service }));
        Assert.Equal("Självskattning social hållbarhet 2026 är skickad till Fastighetsförvaltningen, Serviceförvaltningen.", page.QuerySelector("[role=status]")!.TextContent);
        Assert.Equal([("Fastighetsförvaltningen", "Ej påbörjad"), ("Serviceförvaltningen", "Ej påbörjad")], Progress(page).Select(r => (r.Unit, r.Status)));
        Assert.DoesNotContain(page.QuerySelectorAll("input[name=SendTo]"), box => box.GetAttribute("value") is Fastighet or Service);
        Assert.Equal([Fastighet, Service], (await StateAsync(factory, 2026)).Survey.SentTo);

        var reporter = await factory.ClientAsync(FastighetReporter);
        var mine = await reporter.GetDocumentAsync($"{Index}?year=2026");
        var row = Assert.Single(mine.QuerySelectorAll("table.survey-progress tbody tr"));
        Assert.Equal("Fastighetsförvaltningen", row.QuerySelector("th")!.TextContent);
        Assert.Equal("Ej påbörjad", row.Children[1].TextContent.Trim());
        Assert.Equal(SurveySetup.Page(2026), row.QuerySelector("a")!.GetAttribute("href"));
        Assert.Empty(mine.QuerySelectorAll("input[name=SendTo]"));
        Assert.Contains(mine.QuerySelectorAll("nav.menu a"), a => a.TextContent == "Enkät");

        // Sending is the admin's: a reporter's post is refused and sends nothing.
        var send = await reporter.PostFormAsync($"{Index}?year=2026&handler=Send", mine, new() { ["SendTo[0]"] = "folktandvarden" });
        Assert.StartsWith("/konto/nekad", send.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        Assert.Equal([Fastighet, Service], (await StateAsync(factory, 2026)).Survey.SentTo);
    }

    [Fact]
    public async Task OpenRoundWithoutASurvey_TheAdminIsOfferedToCreateIt_FromLastYears()
    {
        const int Year = 2036;
        await WithDeskAsync(factory, (_, editor) => editor.OpenRoundAsync(Demo.Org, Year, Admin));
        var admin = await factory.ClientAsync(Admin);
        var page = await admin.GetDocumentAsync(Index);
        var create = Assert.Single(page.QuerySelectorAll("a"), a => a.TextContent == $"Skapa enkäten för {Year}");

        var definition = await admin.GetDocumentAsync(create.GetAttribute("href")!);
        await admin.FollowAsync(await admin.PostFormAsync($"{create.GetAttribute("href")}?handler=CreateFromPrevious", definition, []));

        page = await admin.GetDocumentAsync($"{Index}?year={Year}");
        Assert.Equal($"Självskattning social hållbarhet {Year}", page.QuerySelector("h1")!.TextContent);
        Assert.DoesNotContain(page.QuerySelectorAll("a"), a => a.TextContent == $"Skapa enkäten för {Year}");
        Assert.Contains(page.QuerySelectorAll("a"), a => a.GetAttribute("href") == $"/{Demo.Org}/enkat/{Year}/resultat");
        var reporter = await factory.ClientAsync(FastighetReporter);
        Assert.DoesNotContain((await reporter.GetDocumentAsync(Index)).QuerySelectorAll("a"), a => a.TextContent.StartsWith("Skapa enkäten", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Draft_IsSavedAndShownAgain_ThenSubmittedOnce_AfterTheUnansweredAreListed()
    {
        await PrepareAsync(factory, 2027, Fastighet);
        var reporter = await factory.ClientAsync(FastighetReporter);
        var page = await reporter.GetDocumentAsync(SurveySetup.Page(2027));
        Assert.Equal(17, page.QuerySelectorAll("form.survey-form fieldset.statement").Length);
        Assert.All(page.QuerySelectorAll("input[type=radio][value='']"), r => Assert.True(((IHtmlInputElement)r).IsChecked));

        page = await reporter.FollowAsync(await SaveAsync(reporter, page, "Save", new()
        {
            ["Input.Answers[ledningens-kunskap]"] = "helt",
            ["Input.Answers[barns-delaktighet]"] = "vet-ej",
            ["Input.Texts[styrkor]"] = "Ledningen har gått en utbildning.",
        }));
        Assert.Equal("Utkastet är sparat. Svaren skickas in först när du väljer Skicka in.", page.QuerySelector("[role=status]")!.TextContent);
        Assert.Contains("Status: Utkast", page.QuerySelector(".survey-status")!.TextContent, StringComparison.Ordinal);
        Assert.True(Radio(page, "ledningens-kunskap", "helt").IsChecked);
        Assert.True(Radio(page, "barns-delaktighet", "vet-ej").IsChecked);
        Assert.Equal("Ledningen har gått en utbildning.", page.QuerySelector("#fraga-styrkor")!.TextContent);
        var draft = (await StoredAsync(factory, 2027))!;
        Assert.Equal(ResponseStatus.Draft, draft.Response.Status);
        Assert.Equal(FastighetReporter, draft.ChangedBy);

        var admin = await factory.ClientAsync(Admin);
        var progress = Assert.Single(Progress(await admin.GetDocumentAsync($"{Index}?year=2027")));
        Assert.Equal(("Utkast", "–"), (progress.Status, progress.Submitted));
        Assert.StartsWith(FastighetReporter, progress.Saved, StringComparison.Ordinal);

        // Submit saves the form first, then lists what is left unanswered and asks to confirm.
        var response = await SaveAsync(reporter, page, "Submit", new() { ["Input.Answers[rollfordelning]"] = "delvis" });
        Assert.Equal($"{SurveySetup.Page(2027)}/skicka-in", response.Headers.Location!.OriginalString);
        var confirm = await reporter.FollowAsync(response);
        var unanswered = confirm.QuerySelectorAll("ul.unanswered-list li").Select(li => li.TextContent).ToList();
        Assert.Equal(14, unanswered.Count);
        Assert.Contains("Regionens hållbarhetsmål är integrerade i förvaltningens planering och uppföljning.", unanswered);
        Assert.DoesNotContain("Förvaltningsledningen har kunskap om social hållbarhet.", unanswered);
        Assert.Equal(ResponseStatus.Draft, (await StoredAsync(factory, 2027))!.Response.Status);

        page = await reporter.FollowAsync(await reporter.SubmitAsync(confirm, (IHtmlFormElement)confirm.QuerySelector("main form")!));
        Assert.Equal("Svaren för Fastighetsförvaltningen är inskickade. Tack!", page.QuerySelector("[role=status]")!.TextContent);
        Assert.Contains("Status: Inskickad", page.QuerySelector(".survey-status")!.TextContent, StringComparison.Ordinal);
        Assert.Contains($"inskickat av {FastighetReporter}", page.QuerySelector(".survey-status")!.TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("form.survey-form"));
        var shown = Answers(page);
        Assert.Equal("Stämmer helt", shown["Förvaltningsledningen har kunskap om social hållbarhet."]);
        Assert.Equal("Ej besvarad", shown["Social hållbarhet beaktas i beslut, utvecklingsarbeten och projekt."]);
        var submitted = (await StoredAsync(factory, 2027))!;
        Assert.Equal(ResponseStatus.Submitted, submitted.Response.Status);
        Assert.Equal(FastighetReporter, submitted.SubmittedBy);

        // Once submitted: a second submit and a save are refused, and nothing is written.
        var again = await Forms.DocumentAsync(await reporter.SubmitAsync(confirm, (IHtmlFormElement)confirm.QuerySelector("main form")!));
        Assert.Contains("Svaren är redan inskickade", again.QuerySelector("main .notice")!.TextContent, StringComparison.Ordinal);
        Assert.Null(again.QuerySelector("main form"));
        var save = await Forms.DocumentAsync(await reporter.PostFormAsync($"{SurveySetup.Page(2027)}?handler=Save", page, new() { ["Input.Answers[rollfordelning]"] = "inte" }));
        Assert.Contains("Svaren är inskickade och kan inte ändras.", save.QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(submitted.Version, (await StoredAsync(factory, 2027))!.Version);

        progress = Assert.Single(Progress(await admin.GetDocumentAsync($"{Index}?year=2027")));
        Assert.Equal("Inskickad", progress.Status);
        Assert.StartsWith(FastighetReporter, progress.Submitted, StringComparison.Ordinal);
        Assert.Contains("Öppna igen", progress.Actions, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reopen_NeedsAReason_ThenTheAnswerIsADraftTheReporterCanChange()
    {
        await PrepareAsync(factory, 2028, Fastighet);
        var reporter = await factory.ClientAsync(FastighetReporter);
        var page = await reporter.GetDocumentAsync(SurveySetup.Page(2028));
        var confirm = await reporter.FollowAsync(await SaveAsync(reporter, page, "Submit", new() { ["Input.Answers[ledningens-kunskap]"] = "inte" }));
        await reporter.FollowAsync(await reporter.SubmitAsync(confirm, (IHtmlFormElement)confirm.QuerySelector("main form")!));

        // Only the admin reopens.
        var denied = await reporter.Http.GetAsync(new Uri($"{SurveySetup.Page(2028)}/oppna-igen", UriKind.Relative));
        Assert.StartsWith("/konto/nekad", denied.Headers.Location!.PathAndQuery, StringComparison.Ordinal);

        var admin = await factory.ClientAsync(Admin);
        var reopen = await admin.GetDocumentAsync($"{SurveySetup.Page(2028)}/oppna-igen");
        Assert.Equal("Öppna svaren för Fastighetsförvaltningen igen", reopen.QuerySelector("h1")!.TextContent);
        var refused = await Forms.DocumentAsync(await admin.SubmitAsync(reopen, (IHtmlFormElement)reopen.QuerySelector("main form")!));
        Assert.Equal("#skal", refused.QuerySelector(".error-summary a")!.GetAttribute("href"));
        Assert.Equal("true", refused.QuerySelector("#skal")!.GetAttribute("aria-invalid"));
        Assert.Equal(ResponseStatus.Submitted, (await StoredAsync(factory, 2028))!.Response.Status);

        var index = await admin.FollowAsync(await admin.SubmitAsync(refused, (IHtmlFormElement)refused.QuerySelector("main form")!, new() { ["Reason"] = "Fel svar på första påståendet." }));
        Assert.Equal("Svaren för Fastighetsförvaltningen är öppnade igen: förvaltningen kan ändra dem och skicka in dem på nytt.", index.QuerySelector("[role=status]")!.TextContent);
        Assert.Equal("Utkast", Assert.Single(Progress(index)).Status);

        page = await reporter.GetDocumentAsync(SurveySetup.Page(2028));
        Assert.True(Radio(page, "ledningens-kunskap", "inte").IsChecked);
        page = await reporter.FollowAsync(await SaveAsync(reporter, page, "Save", new() { ["Input.Answers[ledningens-kunskap]"] = "helt" }));
        Assert.Equal("helt", (await StoredAsync(factory, 2028))!.Response.CategoryFor("ledningens-kunskap"));
    }

    [Fact]
    public async Task Withdraw_AUnitWithADraft_TakesItOutWithTheDraft_ButASubmittedUnitMustBeReopenedFirst()
    {
        const int Year = 2037;
        await PrepareAsync(factory, Year, Fastighet, Service);
        var reporter = await factory.ClientAsync(FastighetReporter);
        await reporter.FollowAsync(await SaveAsync(reporter, await reporter.GetDocumentAsync(SurveySetup.Page(Year)), "Save", new() { ["Input.Answers[ledningens-kunskap]"] = "helt" }));
        var other = await factory.ClientAsync(ServiceReporter);
        var otherPage = await other.GetDocumentAsync(SurveySetup.Page(Year, Service));
        var confirm = await other.FollowAsync(await SaveAsync(other, otherPage, "Submit", new() { ["Input.Answers[ledningens-kunskap]"] = "inte" }));
        await other.FollowAsync(await other.SubmitAsync(confirm, (IHtmlFormElement)confirm.QuerySelector("main form")!));

        var admin = await factory.ClientAsync(Admin);
        var index = await admin.GetDocumentAsync($"{Index}?year={Year}");
        Assert.Contains("Ta bort ur utskicket", Progress(index).Single(r => r.Unit == "Fastighetsförvaltningen").Actions, StringComparison.Ordinal);
        Assert.DoesNotContain("Ta bort ur utskicket", Progress(index).Single(r => r.Unit == "Serviceförvaltningen").Actions, StringComparison.Ordinal);

        // A submitted unit: the page says to reopen first and offers nothing to confirm.
        var submitted = await admin.GetDocumentAsync($"{SurveySetup.Page(Year, Service)}/ta-bort-ur-utskicket");
        Assert.Contains("Öppna svaren igen först", submitted.QuerySelector(".notice")!.TextContent, StringComparison.Ordinal);
        Assert.Null(submitted.QuerySelector("main form"));

        var page = await admin.GetDocumentAsync($"{SurveySetup.Page(Year)}/ta-bort-ur-utskicket");
        Assert.Equal("Ta bort Fastighetsförvaltningen ur utskicket", page.QuerySelector("h1")!.TextContent);
        Assert.Contains("utkast", page.QuerySelector(".warning")!.TextContent, StringComparison.Ordinal);
        index = await admin.FollowAsync(await admin.SubmitAsync(page, (IHtmlFormElement)page.QuerySelector("main form")!));

        Assert.Equal("Fastighetsförvaltningen är borttagen ur utskicket, och dess utkast med den.", index.QuerySelector("[role=status]")!.TextContent);
        Assert.Equal(["Serviceförvaltningen"], Progress(index).Select(r => r.Unit));
        Assert.Equal([Service], (await StateAsync(factory, Year)).Survey.SentTo);
        Assert.Null(await StoredAsync(factory, Year));
        Assert.Equal(HttpStatusCode.NotFound, (await reporter.Http.GetAsync(new Uri(SurveySetup.Page(Year), UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task ReporterOfAnotherUnit_GetsForbidden_OnThePageAndCraftedPosts_AndNothingIsWritten()
    {
        await PrepareAsync(factory, 2029, Fastighet, Service);
        var owner = await factory.ClientAsync(FastighetReporter);
        var page = await owner.GetDocumentAsync(SurveySetup.Page(2029));
        await owner.FollowAsync(await SaveAsync(owner, page, "Save", new() { ["Input.Answers[ledningens-kunskap]"] = "helt" }));
        var before = (await StoredAsync(factory, 2029))!;

        var other = await factory.ClientAsync(ServiceReporter);
        var own = await other.GetDocumentAsync($"{Index}?year=2029");
        Assert.Equal(["Serviceförvaltningen"], own.QuerySelectorAll("table.survey-progress tbody th").Select(th => th.TextContent));
        Assert.Equal(HttpStatusCode.Forbidden, (await other.Http.GetAsync(new Uri(SurveySetup.Page(2029), UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await other.Http.GetAsync(new Uri($"{SurveySetup.Page(2029)}/skicka-in", UriKind.Relative))).StatusCode);
        var crafted = new Dictionary<string, string> { ["Input.Answers[ledningens-kunskap]"] = "inte", ["Input.ReadVersion"] = before.Version.ToString(System.Globalization.CultureInfo.InvariantCulture) };
        Assert.Equal(HttpStatusCode.Forbidden, (await other.PostFormAsync($"{SurveySetup.Page(2029)}?handler=Save", own, new(crafted))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await other.PostFormAsync($"{SurveySetup.Page(2029)}?handler=Submit", own, new(crafted))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await other.PostFormAsync($"{SurveySetup.Page(2029)}/skicka-in", own, new() { ["ReadVersion"] = crafted["Input.ReadVersion"] })).StatusCode);

        // The admin reads the draft but does not write it.
        var admin = await factory.ClientAsync(Admin);
        var read = await admin.GetDocumentAsync(SurveySetup.Page(2029));
        Assert.Null(read.QuerySelector("form.survey-form"));
        Assert.Equal("Stämmer helt", Answers(read)["Förvaltningsledningen har kunskap om social hållbarhet."]);
        Assert.Equal(HttpStatusCode.Forbidden, (await admin.PostFormAsync($"{SurveySetup.Page(2029)}?handler=Save", read, new(crafted))).StatusCode);

        var after = (await StoredAsync(factory, 2029))!;
        Assert.Equal((before.Version, "helt", ResponseStatus.Draft), (after.Version, after.Response.CategoryFor("ledningens-kunskap"), after.Response.Status));
        Assert.Null((await StoredAsync(factory, 2029, Service))?.Response);
    }

    [Fact]
    public async Task Save_OfAStaleForm_ShowsTheConflict_AndSavingAgainKeepsTheFormsAnswers()
    {
        var survey = await PrepareAsync(factory, 2031, Fastighet);
        var reporter = await factory.ClientAsync(FastighetReporter);
        var page = await reporter.GetDocumentAsync(SurveySetup.Page(2031));
        // Meanwhile the same unit's answer is saved in another window.
        await WithDeskAsync(factory, (desk, _) => desk.SaveResponseAsync(new Hallbar.Data.Surveys.ResponseChange(
            Demo.Org, survey.Id, Fastighet, [new StatementAnswer("ledningens-kunskap", "inte")], [], false, null, FastighetReporter)));

        var response = await SaveAsync(reporter, page, "Save", new() { ["Input.Answers[ledningens-kunskap]"] = "helt", ["Input.Answers[rollfordelning]"] = "helt" });
        var conflict = await Forms.DocumentAsync(response);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("1 av 17 påståenden besvarade, 0 av 4 frågor", conflict.QuerySelector(".conflict-current")!.ChildNodes[0].TextContent.Trim());
        Assert.Equal("2 av 17 påståenden besvarade, 0 av 4 frågor", conflict.QuerySelector(".conflict-yours")!.TextContent);
        Assert.Contains(FastighetReporter, conflict.QuerySelector(".conflict-who")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Sparat nu: Stämmer inte", conflict.QuerySelector("#pastaende-ledningens-kunskap .saved")!.TextContent);
        Assert.Equal("Sparat nu: Ej besvarad", conflict.QuerySelector("#pastaende-rollfordelning .saved")!.TextContent);
        Assert.True(Radio(conflict, "ledningens-kunskap", "helt").IsChecked);
        Assert.Equal("inte", (await StoredAsync(factory, 2031))!.Response.CategoryFor("ledningens-kunskap"));

        await reporter.FollowAsync(await reporter.SubmitAsync(conflict, (IHtmlFormElement)conflict.QuerySelector("form.survey-form")!));
        var stored = (await StoredAsync(factory, 2031))!.Response;
        Assert.Equal(("helt", "helt"), (stored.CategoryFor("ledningens-kunskap"), stored.CategoryFor("rollfordelning")));
    }

    [Fact]
    public async Task SubmitWithNothingAnswered_OrATooLongText_IsRefusedAtTheField_AndNothingIsSaved()
    {
        await PrepareAsync(factory, 2032, Fastighet);
        var reporter = await factory.ClientAsync(FastighetReporter);
        var page = await reporter.GetDocumentAsync(SurveySetup.Page(2032));

        var empty = await Forms.DocumentAsync(await SaveAsync(reporter, page, "Submit", []));
        var link = empty.QuerySelector(".error-summary a")!;
        Assert.Equal("Besvara minst ett påstående innan svaren skickas in.", link.TextContent);
        Assert.Equal("#p-ledningens-kunskap-helt", link.GetAttribute("href"));
        Assert.Equal("pastaende-ledningens-kunskap-fel", empty.QuerySelector("#pastaende-ledningens-kunskap")!.GetAttribute("aria-describedby"));

        var tooLong = await Forms.DocumentAsync(await SaveAsync(reporter, page, "Save", new()
        {
            ["Input.Answers[ledningens-kunskap]"] = "helt",
            ["Input.Texts[utmaningar]"] = new string('x', 4001),
        }));
        Assert.Equal("#fraga-utmaningar", tooLong.QuerySelector(".error-summary a")!.GetAttribute("href"));
        Assert.Equal("true", tooLong.QuerySelector("#fraga-utmaningar")!.GetAttribute("aria-invalid"));
        Assert.True(Radio(tooLong, "ledningens-kunskap", "helt").IsChecked);
        Assert.Null(await StoredAsync(factory, 2032));
    }

    [Fact]
    public async Task IllustrativeSurvey_SaysSo_AndItsLockedYearIsReadOnly()
    {
        var reporter = await factory.ClientAsync(FastighetReporter);
        var index = await reporter.GetDocumentAsync($"{Index}?year=2025");
        Assert.Contains("illustrativa", index.QuerySelector(".illustrative-notice")!.TextContent, StringComparison.Ordinal);

        var page = await reporter.GetDocumentAsync(SurveySetup.Page(2025));
        Assert.NotNull(page.QuerySelector(".illustrative-notice"));
        Assert.Null(page.QuerySelector("form.survey-form"));
    }

    private static Task<HttpResponseMessage> SaveAsync(WebClient client, IHtmlDocument page, string handler, Dictionary<string, string> typed)
    {
        var fields = Forms.Fields((IHtmlFormElement)page.QuerySelector("form.survey-form")!);
        foreach (var (name, value) in typed)
        {
            fields[name] = value;
        }

        return client.PostFormAsync($"{page.QuerySelector("form.survey-form")!.GetAttribute("action")!.Split('?')[0]}?handler={handler}", page, fields);
    }

    private static IHtmlInputElement Radio(IHtmlDocument page, string statement, string category) =>
        (IHtmlInputElement)page.QuerySelector($"#p-{statement}-{category}")!;

    /// <summary>The read-only answers: statement text to the answer shown.</summary>
    private static Dictionary<string, string> Answers(IHtmlDocument page) =>
        page.QuerySelectorAll("dl.survey-answers dt").ToDictionary(dt => dt.TextContent, dt => dt.NextElementSibling!.TextContent);

    private static List<(string Unit, string Status, string Saved, string Submitted, string Actions)> Progress(IHtmlDocument page) =>
        [.. page.QuerySelectorAll("table.survey-progress tbody tr").Select(r =>
            (r.Children[0].TextContent, r.Children[1].TextContent, r.Children[2].TextContent, r.Children[3].TextContent, r.Children[4].TextContent))];
}
