using Hallbar.Data;
using Hallbar.Domain.Assessment;
using Hallbar.Domain.Formatting;
using Hallbar.Domain.Goals;
using Hallbar.Domain.Measures;
using Hallbar.Reports.Building;
using Hallbar.Web.Features.Reading;
using Hallbar.Web.Site;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;

namespace Hallbar.Web.Features.Overview;

/// <summary>
/// The organization at a glance: the overall assessment, goal areas and goals with their assessments,
/// and each indicator's assessments of the last three years beside a sparkline of its measure.
/// </summary>
[OutputCache(PolicyName = PublicReadCache.Name)]
public sealed class IndexModel(HallbarDbContext db, YearAccess access, TimeProvider time) : PageModel
{
    public const int YearsShown = 3;

    public ShownYear Shown { get; private set; } = null!;

    public int Year => Shown.Year;

    public async Task<IActionResult> OnGetAsync(string? org, int? year, CancellationToken cancellationToken)
    {
        if (org is null)
        {
            var organizations = await new ModelStore(db, time).OrganizationsAsync(cancellationToken);
            return organizations.Count == 0 ? NotFound() : RedirectToPage(new { org = organizations[0].Id });
        }

        var (shown, refusal) = await access.ResolveAsync(this, org, year, cancellationToken);
        if (shown is null)
        {
            return refusal!;
        }

        Shown = shown;
        return Page();
    }

    /// <summary>The goals of an area at every depth, each with the indicators right below it.</summary>
    public static IEnumerable<(GoalNode Goal, IReadOnlyList<GoalNode> Indicators)> Goals(GoalNode area) =>
        area.DescendantsAndSelf().Where(n => n.Kind == NodeKind.Goal)
            .Select(goal => (goal, (IReadOnlyList<GoalNode>)[.. goal.Children.Where(c => c.Kind == NodeKind.Indicator)]));

    /// <summary>A node's assessments in the last three years, oldest first.</summary>
    public IEnumerable<(int Year, AssessmentResult? Result)> Trend(GoalNode node) =>
        Enumerable.Range(Year - YearsShown + 1, YearsShown).Select(y => (y, Shown.ResultFor(node.Id, y)));

    /// <summary>
    /// The sparkline of an indicator's measure: the deciding one when a key measure decides the indicator
    /// (total emissions), else its first with figures; null when none has two.
    /// </summary>
    public HtmlString? Sparkline(GoalNode indicator)
    {
        var key = (indicator.RollUp as KeyChildRollUp)?.ChildId;
        var candidates = indicator.Measures.Where(m => m.Purpose == MeasurePurpose.Assessed).OrderBy(m => m.Id == key ? 0 : 1);
        foreach (var measure in candidates)
        {
            var points = Shown.Organization.Years.Where(y => y <= Year).Order()
                .Select(y => (Year: y, Value: MeasureValues.ForYear(measure, y)))
                .Where(p => p.Value is not null)
                .Select(p => (p.Year, p.Value!.Value))
                .ToList();
            if (points.Count >= 2)
            {
                var unit = MeasureCharts.Unit(measure);
                var figures = string.Join(", ", points.Select(p => $"{p.Year}: {NumberText.WithUnit(p.Value, unit, Ui.Language)}"));
                return Overview.Sparkline.Svg(points, $"{measure.Name}, {Ui.T("utfall", "outcome")} {figures}");
            }
        }

        return null;
    }
}
