using Hallbar.Data;
using Hallbar.Data.Editing;
using Hallbar.Data.Rows;
using Hallbar.Domain.Assessment;
using Hallbar.Domain.Footnotes;
using Hallbar.Domain.Goals;
using Hallbar.Domain.Measures;
using Hallbar.Domain.Organizations;
using Hallbar.Reports.Building;
using Hallbar.Reports.Model;
using Hallbar.Web.Features.Reading;
using Hallbar.Web.Site;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Hallbar.Web.Features.Measures;

/// <summary>
/// One measure (mätetal): its definition, outcomes over the years, the trend chart, the rule's
/// suggestion beside the final assessment, the year's footnotes and, for those signed in, every change made to it.
/// </summary>
public sealed class IndexModel(HallbarDbContext db, YearAccess access, TimeProvider time) : PageModel
{
    /// <summary>As many years as the report's tables show, so the footnotes are the report's.</summary>
    private const int ReportYearsShown = 3;

    private static readonly TimeZoneInfo Swedish = TimeZoneInfo.TryFindSystemTimeZoneById("Europe/Stockholm", out var zone) ? zone : TimeZoneInfo.Utc;

    public ShownYear Shown { get; private set; } = null!;

    public Measure Measure { get; private set; } = null!;

    /// <summary>The nodes from the goal area down to the one the measure hangs on.</summary>
    public IReadOnlyList<GoalNode> Path { get; private set; } = [];

    /// <summary>The measure's assessment of the year; null when it is not assessed that year.</summary>
    public AssessmentResult? Result { get; private set; }

    public OutcomeTable Outcomes { get; private set; } = null!;

    public ChartBlock? Chart { get; private set; }

    public IReadOnlyList<ReportFootnote> Footnotes { get; private set; } = [];

    /// <summary>Changes to the measure's outcomes, assessments and targets, newest first; empty for the public.</summary>
    public IReadOnlyList<ChangeRow> History { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string org, string measureId, int? year, CancellationToken cancellationToken)
    {
        var (shown, refusal) = await access.ResolveAsync(this, org, year, cancellationToken);
        if (shown is null)
        {
            return refusal!;
        }

        if (FindPath(shown.Model.Goals, measureId) is not { } path)
        {
            return NotFound();
        }

        Shown = shown;
        Path = path;
        Measure = path[^1].Measures.First(m => m.Id == measureId);
        Result = Measure.Purpose == MeasurePurpose.Assessed && Measure.IsReportedIn(shown.Year) ? shown.ResultFor(measureId) : null;

        // The public sees the figures of published years only; signed in, every year there is.
        Outcomes = new OutcomeTable(Measure, shown.Model.Organization, shown.SignedIn ? null : shown.Years.DefaultIfEmpty(shown.Year).Max());
        Chart = Measure.Kind == MeasureKind.Composite ? MeasureCharts.Distribution(Measure, shown.Year, Ui.Language) : MeasureCharts.Trend(Measure, shown.Year, Ui.Language);
        Footnotes = FootnoteDeriver.ForMeasure(Measure, shown.Year, ReportYearsShown, Result, Ui.Language);
        if (shown.SignedIn)
        {
            History = await HistoryAsync(org, measureId, cancellationToken);
        }

        return Page();
    }

    public OrgUnit? Unit(string? id) => Shown.Model.Organization.Units.FirstOrDefault(u => u.Id == id);

    public static string When(DateTimeOffset at) => TimeZoneInfo.ConvertTime(at, Swedish).ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>What a change was about, from its subject and key: "Utfall 2024", "Bedömning 2025", "Målvärden".</summary>
    public string Subject(ChangeRow change)
    {
        ArgumentNullException.ThrowIfNull(change);
        var parts = change.Key.Split('/');
        return change.Subject switch
        {
            "outcome" => Ui.T("Utfall", "Outcome") + " " + string.Join(", ", new[] { parts.ElementAtOrDefault(1), Series(parts.ElementAtOrDefault(2)), Unit(parts.ElementAtOrDefault(3))?.Name }.Where(p => !string.IsNullOrEmpty(p))),
            "assessment" => Ui.T("Bedömning", "Assessment") + " " + parts.ElementAtOrDefault(1) + (parts.Length > 2 ? $" ({Shown.Model.Scales.FirstOrDefault(s => s.Id == parts[2])?.Name ?? parts[2]})" : string.Empty),
            "targets" => Ui.T("Målvärden", "Targets"),
            _ => change.Subject,
        };
    }

    public static string RuleName(string rule) => rule switch
    {
        "previousYear" => Ui.T("jämfört med föregående år", "compared with the previous year"),
        "baseValue" => Ui.T("jämfört med basvärdet", "compared with the base value"),
        "target" => Ui.T("mot målvärdet", "against the target"),
        "path" => Ui.T("mot banan i takt med målet", "against the path in pace with the target"),
        "annualChange" => Ui.T("mot målets årliga förändring", "against the target's annual change"),
        "trend" => Ui.T("trend över åren", "trend over the years"),
        "progressRatio" => Ui.T("framsteg mot målet", "progress toward the target"),
        _ => Ui.T("bedöms manuellt", "assessed by hand"),
    };

    public string KindName => Measure.Kind switch
    {
        MeasureKind.ChangeFromBase => Ui.T("förändring mot basår i procent", "change against the base year in percent"),
        MeasureKind.Composite => Ui.T("sammansatt av delserier", "made up of series"),
        MeasureKind.Qualitative => Ui.T("kvalitativt (text)", "qualitative (text)"),
        _ => Ui.T("tal", "number"),
    };

    public string DirectionName => Measure.Direction switch
    {
        Direction.Increase => Ui.T("öka", "increase"),
        Direction.Decrease => Ui.T("minska", "decrease"),
        _ => Ui.T("ingen angiven", "none given"),
    };

    public string DataLagText => Measure.DataLag == 0
        ? Ui.T("Utfallet avser redovisningsåret.", "The outcome covers the report year.")
        : Ui.T(
            $"Utfallet i redovisningen {Shown.Year} avser {Shown.Year - Measure.DataLag} ({Measure.DataLag} års eftersläpning).",
            $"The outcome in the {Shown.Year} report covers {Shown.Year - Measure.DataLag} (a lag of {Measure.DataLag} {(Measure.DataLag == 1 ? "year" : "years")}).");

    private string? Series(string? id) => Measure.Series.FirstOrDefault(s => s.Id == id)?.Name ?? id;

    private async Task<IReadOnlyList<ChangeRow>> HistoryAsync(string org, string measureId, CancellationToken cancellationToken)
    {
        var editor = new Editor(db, time);
        var prefix = measureId + "/";
        var outcomes = await editor.HistoryAsync(org, "outcome", cancellationToken: cancellationToken);
        var assessments = await editor.HistoryAsync(org, "assessment", cancellationToken: cancellationToken);
        var targets = await editor.HistoryAsync(org, "targets", measureId, cancellationToken);
        return [.. outcomes.Concat(assessments).Where(c => c.Key.StartsWith(prefix, StringComparison.Ordinal)).Concat(targets)
            .OrderByDescending(c => c.ChangedAt).ThenByDescending(c => c.Id)];
    }

    private static List<GoalNode>? FindPath(IEnumerable<GoalNode> nodes, string measureId)
    {
        foreach (var node in nodes)
        {
            if (node.Measures.Any(m => m.Id == measureId))
            {
                return [node];
            }

            if (FindPath(node.Children, measureId) is { } below)
            {
                return [node, .. below];
            }
        }

        return null;
    }
}
