using Hallbar.Data;
using Hallbar.Data.Editing;
using Microsoft.Extensions.DependencyInjection;

namespace Hallbar.Web.Tests.Entry;

/// <summary>The demo organization, and the editor on the test application's database for what another page would do.</summary>
internal static class Demo
{
    public const string Org = "region-vastmanland";

    public static async Task<T> WithEditorAsync<T>(HallbarWebFactory factory, Func<Editor, Task<T>> action)
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<HallbarDbContext>();
        return await action(new Editor(db, TimeProvider.System));
    }

    /// <summary>The admin opens round 2026, as the rounds page does; the demo starts without it.</summary>
    public static Task OpenRound2026Async(HallbarWebFactory factory) => WithEditorAsync(factory, async editor =>
    {
        if (await editor.RoundAsync(Org, 2026) is null)
        {
            Assert.True((await editor.OpenRoundAsync(Org, 2026, "admin@hallbar.demo")).IsSaved);
        }

        return true;
    });

    public static Task<Hallbar.Data.Rows.OutcomeRow?> OutcomeAsync(HallbarWebFactory factory, string measureId, string period, string? seriesId = null) =>
        WithEditorAsync(factory, async editor => (await editor.ReadOutcomeAsync(Org, measureId, period, seriesId)).Outcome);
}
