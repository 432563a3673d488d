using Hallbar.Data;
using Hallbar.Data.Surveys;
using Hallbar.Domain.Surveys;
using Microsoft.Extensions.DependencyInjection;

namespace Hallbar.Web.Tests.Surveys;

/// <summary>
/// A survey of 2026 with known answers, stored through the survey desk as the answering pages store them:
/// sent to four units, three of which submitted and one only saved a draft.
/// </summary>
internal static class SurveyData
{
    public const string Org = Entry.Demo.Org;

    public const int Year = 2026;

    public const string SurveyId = "sjalvskattning-test-2026";

    public const string Admin = "admin@hallbar.demo";

    /// <summary>The 2025 demo survey's first statement, so that its change from 2025 is shown.</summary>
    public const string Kept = "ledningens-kunskap";

    public static Survey Survey() => new(SurveyId, Year, "Självskattning test 2026",
        [new("helt", "Stämmer helt"), new("delvis", "Stämmer delvis"), new("inte", "Stämmer inte"), new("vet-ej", "Vet ej", isDontKnow: true)],
        [
            new("ledning", "Ledning", [new(Kept, "Ledningen kan social hållbarhet."), new("rutiner", "Det finns rutiner.")]),
            new("barn", "Barn", [new("barnets-basta", "Barnets bästa prövas.")]),
        ],
        [new("styrkor", "Vilka styrkor ser ni?")])
    {
        SentTo = ["folktandvarden", "fastighetsforvaltningen", "serviceforvaltningen", "kollektivtrafikforvaltningen"],
    };

    /// <summary>
    /// Three submitted answers and a draft. Ledningen: helt, helt, inte (67, 0, 33). Rutiner: vet ej, delvis, vet ej (0, 33, 0, 67).
    /// Barnets bästa: helt, unanswered, delvis: a third each, the point left over to the first (34, 33, 0, 0, 33 Ej besvarad).
    /// </summary>
    public static async Task StoreAsync(HallbarWebFactory app)
    {
        await Entry.Demo.OpenRound2026Async(app);
        await WithDeskAsync(app, async desk =>
        {
            Assert.True((await desk.SaveSurveyAsync(Org, Survey(), null, Admin)).IsSaved);
            await Answer(desk, "folktandvarden", true, [(Kept, "helt"), ("rutiner", "vet-ej"), ("barnets-basta", "helt")], "Bra samarbete med patienterna.");
            await Answer(desk, "fastighetsforvaltningen", true, [(Kept, "helt"), ("rutiner", "delvis")], null);
            await Answer(desk, "serviceforvaltningen", true, [(Kept, "inte"), ("rutiner", "vet-ej"), ("barnets-basta", "delvis")], "Tydliga rutiner.");
            await Answer(desk, "kollektivtrafikforvaltningen", false, [(Kept, "inte"), ("rutiner", "inte"), ("barnets-basta", "inte")], "Ett utkast.");
            return true;
        });
    }

    public static async Task<T> WithDeskAsync<T>(HallbarWebFactory app, Func<SurveyDesk, Task<T>> action)
    {
        using var scope = app.Services.CreateScope();
        return await action(new SurveyDesk(scope.ServiceProvider.GetRequiredService<HallbarDbContext>(), TimeProvider.System));
    }

    private static async Task Answer(SurveyDesk desk, string unit, bool submit, (string Statement, string Category)[] answers, string? strength)
    {
        var result = await desk.SaveResponseAsync(new ResponseChange(Org, SurveyId, unit,
            [.. answers.Select(a => new StatementAnswer(a.Statement, a.Category))],
            strength is null ? [] : [new FreeTextAnswer("styrkor", strength)],
            submit, null, Admin));
        Assert.True(result.IsSaved, result.Message);
    }
}
