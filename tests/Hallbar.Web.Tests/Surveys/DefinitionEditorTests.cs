using System.Net;
using AngleSharp.Html.Dom;
using Hallbar.Web.Tests.Entry;

namespace Hallbar.Web.Tests.Surveys;

/// <summary>The admin's survey definition editor, on the 2026 survey with known answers (<see cref="SurveyData"/>).</summary>
public sealed class DefinitionEditorTests(SurveyFactory app) : IClassFixture<SurveyFactory>
{
    private const string Editor = "/region-vastmanland/enkat/2026/definition";

    [Fact]
    public async Task Save_ChangedTitleAndANewStatementInTheEmptyRow_IsSavedWithAnIdFromItsText()
    {
        var admin = await app.ClientAsync(SurveyData.Admin);
        var page = await admin.GetDocumentAsync(Editor);

        var saved = await admin.FollowAsync(await Post(admin, page, null, new()
        {
            ["Input.Title"] = "Självskattning 2026, ny titel",
            ["Input.Themes[1].Statements[1].Text"] = "Barn är delaktiga i beslut.",
        }));

        Assert.Equal("Enkäten är sparad.", saved.QuerySelector("[role=status]")!.TextContent);
        var state = (await SurveyData.WithDeskAsync(app, desk => desk.ReadAsync(SurveyData.Org, SurveyData.Year)))!;
        Assert.Equal("Självskattning 2026, ny titel", state.Survey.Title);
        Assert.Equal(["barnets-basta", "barn-ar-delaktiga-i-beslut"], state.Survey.Themes[1].Statements.Select(s => s.Id));
        Assert.Equal(3, state.Responses.Count(r => r.Response.Status == Domain.Surveys.ResponseStatus.Submitted));
        Assert.Equal("Barn är delaktiga i beslut.", ((IHtmlInputElement)saved.GetElementById("tema-1-pastaende-1")!).Value);
    }

    [Fact]
    // Barnets bästa has two submitted answers and a draft: a draft's answer would be lost too.
    public async Task Save_EmptiedStatementAndRemovedAnsweredStatement_AreRefusedAtTheirFields()
    {
        var admin = await app.ClientAsync(SurveyData.Admin);
        var page = await admin.GetDocumentAsync(Editor);
        var before = await VersionAsync();

        using var response = await Post(admin, page, null, new()
        {
            ["Input.Themes[0].Statements[1].Text"] = " ",
            ["Input.Themes[1].Statements[0].Remove"] = "true",
        });
        var refused = await Forms.DocumentAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var summary = refused.QuerySelectorAll(".problem[role=alert] li a").Select(a => (a.GetAttribute("href"), a.TextContent)).ToList();
        Assert.Equal([("#tema-0-pastaende-1", "Skriv en text, eller markera raden för borttagning."),
            ("#tema-1-pastaende-0-ta-bort", "Det finns 3 svar på påståendet; det kan inte tas bort.")], summary);
        Assert.Equal("true", refused.GetElementById("tema-0-pastaende-1")!.GetAttribute("aria-invalid"));
        Assert.Equal("Skriv en text, eller markera raden för borttagning.", refused.GetElementById("tema-0-pastaende-1-fel")!.TextContent);
        Assert.True(((IHtmlInputElement)refused.GetElementById("tema-1-pastaende-0-ta-bort")!).IsChecked);
        Assert.Equal(before, await VersionAsync());
    }

    [Fact]
    public async Task Save_TwoRowsWithTheSameId_IsRefusedAtTheSecond()
    {
        var admin = await app.ClientAsync(SurveyData.Admin);
        var page = await admin.GetDocumentAsync(Editor);

        // A form changed outside the page: the second statement sent with the first one's id.
        using var response = await Post(admin, page, null, new() { ["Input.Themes[0].Statements[1].Id"] = SurveyData.Kept });
        var refused = await Forms.DocumentAsync(response);

        Assert.Equal($"Id:t \"{SurveyData.Kept}\" finns på två rader.", refused.GetElementById("tema-0-pastaende-1-fel")!.TextContent);
    }

    [Fact]
    public async Task Save_AfterSomeoneElseSaved_IsAConflict_AndSavesNothing()
    {
        var admin = await app.ClientAsync(SurveyData.Admin);
        var mine = await admin.GetDocumentAsync(Editor);
        var theirs = await admin.GetDocumentAsync(Editor);
        await admin.FollowAsync(await Post(admin, theirs, null, new() { ["Input.Questions[0].Text"] = "Vilka styrkor ser förvaltningen?" }));
        var saved = await VersionAsync();

        using var response = await Post(admin, mine, null, new() { ["Input.Title"] = "Min titel" });
        var conflict = await Forms.DocumentAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Enkäten har ändrats av någon annan sedan du öppnade den. Inget sparades.", conflict.QuerySelector(".problem[role=alert]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Min titel", ((IHtmlInputElement)conflict.GetElementById("titel")!).Value);
        Assert.Equal(saved, await VersionAsync());
        Assert.Equal("Vilka styrkor ser förvaltningen?", (await SurveyData.WithDeskAsync(app, desk => desk.ReadAsync(SurveyData.Org, SurveyData.Year)))!.Survey.Questions[0].Text);
    }

    [Fact]
    public async Task AddRows_KeepsWhatWasTypedAndAddsAnEmptyRowToEveryList_SavingNothing()
    {
        var admin = await app.ClientAsync(SurveyData.Admin);
        var page = await admin.GetDocumentAsync(Editor);
        var before = await VersionAsync();

        using var response = await Post(admin, page, "AddRows", new() { ["Input.Questions[1].Text"] = "Vilka utmaningar finns?" });
        var more = await Forms.DocumentAsync(response);

        Assert.Equal("Vilka utmaningar finns?", ((IHtmlInputElement)more.GetElementById("fraga-1")!).Value);
        Assert.Equal(string.Empty, ((IHtmlInputElement)more.GetElementById("fraga-2")!).Value);
        Assert.NotNull(more.GetElementById("tema-0-pastaende-3"));
        Assert.NotNull(more.GetElementById("tema-3"));
        Assert.Equal(before, await VersionAsync());
    }

    [Fact]
    public async Task CreateFromPrevious_ForAYearWithoutASurvey_CopiesTheDefinitionWithANewIdWithoutAnswers()
    {
        var admin = await app.ClientAsync(SurveyData.Admin);
        var page = await admin.GetDocumentAsync("/region-vastmanland/enkat/2027/definition");
        var form = (IHtmlFormElement)page.QuerySelector("form[action*=CreateFromPrevious]")!;

        var created = await admin.FollowAsync(await admin.PostFormAsync(Forms.Action(form), page, Forms.Fields(form)));

        Assert.Equal("Enkäten för 2027 är skapad från 2026 års enkät.", created.QuerySelector("[role=status]")!.TextContent);
        var (previous, copy) = await SurveyData.WithDeskAsync(app, async desk => (await desk.ReadAsync(SurveyData.Org, 2026), await desk.ReadAsync(SurveyData.Org, 2027)));
        Assert.Equal("sjalvskattning-2027", copy!.Survey.Id);
        Assert.Equal(previous!.Survey.Title.Replace("2026", "2027", StringComparison.Ordinal), copy.Survey.Title);
        Assert.Equal(previous.Survey.Statements.Select(s => (s.Id, s.Text)), copy.Survey.Statements.Select(s => (s.Id, s.Text)));
        Assert.Equal(previous.Survey.Scale, copy.Survey.Scale);
        Assert.Empty(copy.Responses);
        Assert.Empty(copy.Survey.SentTo);
        Assert.False(copy.Survey.Illustrative);
    }

    [Fact]
    public async Task Reporter_IsDenied()
    {
        var reporter = await app.ClientAsync("fastighet@hallbar.demo");

        using var response = await reporter.Http.GetAsync(new Uri(Editor, UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/konto/nekad", response.Headers.Location!.AbsolutePath);
    }

    private static Task<HttpResponseMessage> Post(WebClient client, IHtmlDocument page, string? handler, Dictionary<string, string> typed)
    {
        var form = (IHtmlFormElement)page.QuerySelector("form.survey-definition")!;
        var fields = Forms.Fields(form);
        foreach (var (name, value) in typed)
        {
            fields[name] = value;
        }

        return client.PostFormAsync(handler is null ? Editor : $"{Editor}?handler={handler}", page, fields);
    }

    private Task<int> VersionAsync() => SurveyData.WithDeskAsync(app, async desk => (await desk.ReadAsync(SurveyData.Org, SurveyData.Year))!.DefinitionVersion);
}
