using Hallbar.Data;
using Hallbar.Data.Editing;
using Hallbar.Data.Surveys;
using Hallbar.Domain.Surveys;
using Hallbar.Web.Tests.Entry;
using Microsoft.Extensions.DependencyInjection;

namespace Hallbar.Web.Tests.Surveys;

/// <summary>
/// A year's survey as the admin's definition page would make it: the demo's 2025 survey copied to
/// the year, not illustrative, in an open round of that year (the demo's 2025 round is published,
/// so its answers are locked). Each test takes a year of its own, so tests of a class do not meet.
/// </summary>
internal static class SurveySetup
{
    public const string Fastighet = "fastighetsforvaltningen";
    public const string Service = "serviceforvaltningen";
    public const string Admin = "admin@hallbar.demo";
    public const string FastighetReporter = "fastighet@hallbar.demo";
    public const string ServiceReporter = "service@hallbar.demo";

    public static string Page(int year, string unit = Fastighet) => $"/{Demo.Org}/enkat/{year}/{unit}";

    /// <summary>Opens the year's round and makes its survey, sent to <paramref name="sentTo"/>.</summary>
    public static Task<Survey> PrepareAsync(HallbarWebFactory factory, int year, params string[] sentTo) => WithDeskAsync(factory, async (desk, editor) =>
    {
        if (await editor.RoundAsync(Demo.Org, year) is null)
        {
            Saved(await editor.OpenRoundAsync(Demo.Org, year, Admin));
        }

        var demo = (await desk.ReadAsync(Demo.Org, 2025))!.Survey;
        var survey = new Survey($"sjalvskattning-{year}", year, $"Självskattning social hållbarhet {year}", demo.Scale, demo.Themes, demo.Questions);
        Saved(await desk.SaveSurveyAsync(Demo.Org, survey, null, Admin));
        if (sentTo.Length > 0)
        {
            Saved(await desk.SendAsync(Demo.Org, survey.Id, sentTo, Admin));
        }

        return survey;
    });

    public static Task<SurveyState> StateAsync(HallbarWebFactory factory, int year) =>
        WithDeskAsync(factory, async (desk, _) => (await desk.ReadAsync(Demo.Org, year))!);

    public static async Task<StoredResponse?> StoredAsync(HallbarWebFactory factory, int year, string unit = Fastighet) =>
        (await StateAsync(factory, year)).ResponseOf(unit);

    public static async Task<T> WithDeskAsync<T>(HallbarWebFactory factory, Func<SurveyDesk, Editor, Task<T>> action)
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<HallbarDbContext>();
        return await action(scope.ServiceProvider.GetRequiredService<SurveyDesk>(), new Editor(db, TimeProvider.System));
    }

    private static void Saved(EditResult result) => Assert.True(result.IsSaved, result.Message);
}
