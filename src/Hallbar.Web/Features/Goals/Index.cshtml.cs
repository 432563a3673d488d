using Hallbar.Domain.Goals;
using Hallbar.Domain.Measures;
using Hallbar.Web.Features.Reading;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Hallbar.Web.Features.Goals;

/// <summary>The whole goal tree of a report year: areas, goals, indicators and their measures, each with its assessment.</summary>
public sealed class IndexModel(YearAccess access) : PageModel
{
    public ShownYear Shown { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string org, int? year, CancellationToken cancellationToken)
    {
        var (shown, refusal) = await access.ResolveAsync(this, org, year, cancellationToken);
        if (shown is null)
        {
            return refusal!;
        }

        Shown = shown;
        return Page();
    }

    /// <summary>The measures of a node the year's report has, assessed or shown for context.</summary>
    public IReadOnlyList<Measure> Measures(GoalNode node) => [.. node.Measures.Where(m => m.IsReportedIn(Shown.Year))];

    /// <summary>What the organization calls a node's level, else the usual name of its kind.</summary>
    public static string LevelOf(GoalNode node) => node.LevelName ?? node.Kind switch
    {
        NodeKind.Area => Site.Ui.T("Målområde", "Goal area"),
        NodeKind.Indicator => Site.Ui.T("Indikator", "Indicator"),
        _ => Site.Ui.T("Mål", "Goal"),
    };
}
