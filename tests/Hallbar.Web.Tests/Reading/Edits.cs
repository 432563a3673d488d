using Hallbar.Data;
using Hallbar.Data.Editing;
using Microsoft.Extensions.DependencyInjection;

namespace Hallbar.Web.Tests.Reading;

/// <summary>Changes made straight through the Editor, as the entry and round pages make them, to set the scene for a reading page.</summary>
internal static class Edits
{
    public const string Organization = "region-vastmanland";
    public const string Admin = "admin@hallbar.demo";

    public static async Task<EditResult> WithEditorAsync(this HallbarWebFactory factory, Func<Editor, Task<EditResult>> edit)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var result = await edit(new Editor(scope.ServiceProvider.GetRequiredService<HallbarDbContext>(), TimeProvider.System));
        Assert.True(result.IsSaved || result.Status == EditStatus.Invalid, result.Message);
        return result;
    }

    /// <summary>Opens the 2026 round, unpublished; a second call finds it open already.</summary>
    public static Task<EditResult> OpenRound2026Async(this HallbarWebFactory factory) =>
        factory.WithEditorAsync(editor => editor.OpenRoundAsync(Organization, 2026, Admin));

    /// <summary>Changes an outcome of a published year: a restatement with a reason.</summary>
    public static Task<EditResult> RestateAsync(this HallbarWebFactory factory, string measureId, string period, decimal value, string reason, string? unitId = null) =>
        factory.WithEditorAsync(async editor =>
        {
            var (current, _) = await editor.ReadOutcomeAsync(Organization, measureId, period, orgUnitId: unitId);
            return await editor.SetOutcomeAsync(new OutcomeChange(Organization, measureId, period, value, current?.Version, Admin, OrgUnitId: unitId, Reason: reason));
        });
}
