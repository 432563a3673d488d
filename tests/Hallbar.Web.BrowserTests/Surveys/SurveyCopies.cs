using Hallbar.Data;
using Hallbar.Data.Editing;
using Hallbar.Data.Surveys;
using Hallbar.Domain.Surveys;

namespace Hallbar.Web.BrowserTests.Surveys;

/// <summary>
/// Surveys of other years, as the admin's definition page would make them: the demo's 2025 survey copied
/// to the year, not illustrative. What the survey's browser tests start from; the definition page is not what they test.
/// </summary>
public static class SurveyCopies
{
    public const string Admin = "admin@hallbar.demo";
    public const string Reporter = "fastighet@hallbar.demo";
    public const string Unit = "fastighetsforvaltningen";

    /// <summary>The demo's survey copied to <paramref name="year"/> and sent to <paramref name="sentTo"/>.</summary>
    public static async Task<Survey> CopyAsync(HallbarDbContext db, int year, params string[] sentTo)
    {
        var desk = new SurveyDesk(db, TimeProvider.System);
        var demo = (await desk.ReadAsync(Visitor.Organization, 2025))!.Survey;
        var survey = new Survey($"sjalvskattning-social-{year}", year, $"Självskattning social hållbarhet {year}", demo.Scale, demo.Themes, demo.Questions);
        Saved(await desk.SaveSurveyAsync(Visitor.Organization, survey, null, Admin));
        if (sentTo.Length > 0)
        {
            Saved(await desk.SendAsync(Visitor.Organization, survey.Id, sentTo, Admin));
        }

        return survey;
    }

    /// <summary>Fastighetsförvaltningen's answer to the survey, by its reporter: a draft, then submitted when <paramref name="submit"/> is set.</summary>
    public static async Task AnswerAsync(HallbarDbContext db, Survey survey, bool submit)
    {
        ArgumentNullException.ThrowIfNull(survey);
        var desk = new SurveyDesk(db, TimeProvider.System);
        IReadOnlyList<StatementAnswer> answers = [new("ledningens-kunskap", "helt"), new("barns-delaktighet", "vet-ej")];
        IReadOnlyList<FreeTextAnswer> texts = [new("styrkor", "Ledningen har gått en gemensam utbildning.")];
        var draft = await desk.SaveResponseAsync(new ResponseChange(Visitor.Organization, survey.Id, Unit, answers, texts, false, null, Reporter));
        Saved(draft);
        if (submit)
        {
            Saved(await desk.SaveResponseAsync(new ResponseChange(Visitor.Organization, survey.Id, Unit, answers, texts, true, draft.Version, Reporter)));
        }
    }

    private static void Saved(EditResult result) => Assert.True(result.IsSaved, result.Message);
}
