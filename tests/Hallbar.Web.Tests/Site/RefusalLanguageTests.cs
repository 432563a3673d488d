using AngleSharp.Html.Dom;
using Hallbar.Domain.Surveys;
using Hallbar.Web.Tests.Entry;
using static Hallbar.Web.Tests.Surveys.SurveySetup;

namespace Hallbar.Web.Tests.Site;

/// <summary>An edit the data layer refuses is explained in the page's language: English on an English page, Swedish on a Swedish one.</summary>
public sealed class RefusalLanguageTests(SignedInFactory factory) : IClassFixture<SignedInFactory>
{
    [Theory]
    // The default language, as every other test of data entry reads it.
    [InlineData("sv-SE", "Rapportomgången 2025 är godkänd och låst. En ändring är en omräkning och kräver ett skäl, som blir fotnoten i redovisningen.")]
    // The refusal comes from the editor in the data layer, not from the page's own words.
    [InlineData("en-GB", "The reporting round 2025 is approved and locked. A change is a restatement and needs a reason, which becomes the footnote in the report.")]
    public async Task EntryIntoALockedRound_WithoutAReason_IsRefusedInThePagesLanguage(string language, string refusal)
    {
        using var admin = await SignInAsync(Admin, language);
        var page = await admin.GetDocumentAsync($"/{Demo.Org}/inmatning?year=2025&unit={Fastighet}");
        var form = Forms.FormIn(page, "#matetal-energiforbrukning-fastigheter");

        var refused = await Forms.DocumentAsync(await admin.SubmitAsync(page, form, new() { ["Input.Lines[0].Value"] = "183" }));

        var reason = refused.QuerySelector("#matetal-energiforbrukning-fastigheter textarea[name='Input.Reason']")!;
        Assert.Equal(refusal, refused.GetElementById(reason.GetAttribute("aria-describedby")!)!.TextContent.Trim());
        Assert.Equal(184m, (await Demo.OutcomeAsync(factory, "energiforbrukning-fastigheter", "2025"))!.Value);
    }

    [Theory]
    [InlineData("sv-SE", 2040, "Någon annan har redan svarat för Fastighetsförvaltningen. Inget sparades; jämför svaren och försök igen.")]
    [InlineData("en-GB", 2041, "Someone else has already answered for Fastighetsförvaltningen. Nothing was saved; compare the answers and try again.")]
    public async Task SurveyAnswerSavedMeanwhile_IsAConflictExplainedInThePagesLanguage(string language, int year, string conflict)
    {
        var survey = await PrepareAsync(factory, year, Fastighet);
        using var reporter = await SignInAsync(FastighetReporter, language);
        var page = await reporter.GetDocumentAsync(Page(year));
        // Meanwhile the same unit's answer is saved in another window.
        await WithDeskAsync(factory, (desk, _) => desk.SaveResponseAsync(new Hallbar.Data.Surveys.ResponseChange(
            Demo.Org, survey.Id, Fastighet, [new StatementAnswer("ledningens-kunskap", "inte")], [], false, null, FastighetReporter)));
        var fields = Forms.Fields((IHtmlFormElement)page.QuerySelector("form.survey-form")!);
        fields["Input.Answers[ledningens-kunskap]"] = "helt";

        var shown = await Forms.DocumentAsync(await reporter.PostFormAsync($"{Page(year)}?handler=Save", page, fields));

        Assert.Equal(conflict, shown.QuerySelector(".conflict p")!.ChildNodes.Last().TextContent.Trim());
        Assert.Equal("inte", (await StoredAsync(factory, year))!.Response.CategoryFor("ledningens-kunskap"));
    }

    /// <summary>A client of its own, signed in and with the language chosen as the language switch chooses it, which the pages after it keep.</summary>
    private async Task<WebClient> SignInAsync(string email, string language)
    {
        var client = new WebClient(factory);
        await client.SignInAsync(email);
        await client.GetDocumentAsync($"/{Demo.Org}?lang={language}");
        return client;
    }
}
