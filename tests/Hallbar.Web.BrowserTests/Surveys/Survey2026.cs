using Hallbar.Data.Editing;
using Hallbar.Data.Surveys;
using Hallbar.Domain.Surveys;

namespace Hallbar.Web.BrowserTests.Surveys;

/// <summary>What the survey's browser tests start from; the admin's definition page is not what they test.</summary>
public static class Survey2026
{
    public const string Id = "sjalvskattning-social-2026";

    /// <summary>The year's survey as the admin's definition would make it: the demo's 2025 survey, in round 2026, sent to no one yet.</summary>
    public static Task PrepareAsync(HallbarServer server) => server.WithDatabaseAsync(async db =>
    {
        var editor = new Editor(db, TimeProvider.System);
        if (await editor.RoundAsync(Visitor.Organization, 2026) is null)
        {
            Saved(await editor.OpenRoundAsync(Visitor.Organization, 2026, "admin@hallbar.demo"));
        }

        var desk = new SurveyDesk(db, TimeProvider.System);
        var demo = (await desk.ReadAsync(Visitor.Organization, 2025))!.Survey;
        Saved(await desk.SaveSurveyAsync(Visitor.Organization,
            new Survey(Id, 2026, "Självskattning social hållbarhet 2026", demo.Scale, demo.Themes, demo.Questions), null, "admin@hallbar.demo"));
    });

    private static void Saved(EditResult result) => Assert.True(result.IsSaved, result.Message);
}
