using Hallbar.Domain.Formatting;
using Hallbar.Domain.Measures;
using Hallbar.Domain.Organizations;
using Hallbar.Domain.Periods;
using Hallbar.Reports.Building;
using Hallbar.Web.Site;

namespace Hallbar.Web.Features.Measures;

/// <summary>
/// A measure's outcomes over all its periods: the whole organization first, then each org unit that
/// reported values of its own, for the measure or each of its series; restatements as numbered notes.
/// </summary>
public sealed class OutcomeTable
{
    private readonly Measure _measure;
    private readonly List<Outcome> _outcomes;
    private readonly List<Restatement> _restatements;

    /// <param name="lastYear">The last year the viewer may see; later periods are left out.</param>
    public OutcomeTable(Measure measure, Organization organization, int? lastYear)
    {
        ArgumentNullException.ThrowIfNull(measure);
        ArgumentNullException.ThrowIfNull(organization);
        _measure = measure;
        _outcomes = [.. measure.Outcomes.Where(o => o.Period.Year <= (lastYear ?? int.MaxValue))];
        _restatements = [.. measure.Restatements.Where(r => r.Period.Year <= (lastYear ?? int.MaxValue)).OrderBy(r => r.Period).ThenBy(r => r.RestatedInYear)];

        var series = measure.Kind == MeasureKind.Composite
            ? measure.Series.Select(s => (string?)s.Id).ToList()
            : [null, .. measure.Series.Where(s => _outcomes.Any(o => o.SeriesId == s.Id)).Select(s => (string?)s.Id)];
        var units = organization.Units.Where(u => _outcomes.Any(o => o.UnitId == u.Id)).ToList();
        Columns =
        [
            .. series.Select(s => new OutcomeColumn(s, null, Header(s, null))),
            .. units.SelectMany(u => series.Where(s => _outcomes.Any(o => o.UnitId == u.Id && o.SeriesId == s)).Select(s => new OutcomeColumn(s, u.Id, Header(s, u), u.Illustrative))),
        ];

        // A year reported only in quarters or months gets a row of its own for the year they make up.
        Periods = [.. _outcomes.Select(o => o.Period).Concat(_outcomes.Select(o => Period.OfYear(o.Period.Year))).Distinct().Order()];
    }

    public IReadOnlyList<OutcomeColumn> Columns { get; }

    public IReadOnlyList<Period> Periods { get; }

    /// <summary>The restatements shown, numbered from 1 in this order.</summary>
    public IReadOnlyList<Restatement> Restatements => _restatements;

    public bool HasUnits => Columns.Any(c => c.UnitId is not null);

    public OutcomeCell Cell(Period period, OutcomeColumn column)
    {
        ArgumentNullException.ThrowIfNull(column);
        var restated = _restatements.Select((r, i) => (r, Number: i + 1))
            .Where(x => x.r.Period == period && x.r.SeriesId == column.SeriesId && x.r.UnitId == column.UnitId)
            .Select(x => x.Number)
            .ToList();
        var outcome = _outcomes.FirstOrDefault(o => o.Period == period && o.SeriesId == column.SeriesId && o.UnitId == column.UnitId);
        if (outcome is not null)
        {
            var text = outcome.Value is { } value ? NumberText.WithUnit(value, UnitOf(column.SeriesId), Ui.Language) : outcome.Text ?? "-";
            return new OutcomeCell(text) { MissingReason = outcome.MissingReason, Restatements = restated, Source = outcome.Source, Comment = outcome.Comment };
        }

        if (column.UnitId is null && period.Kind == PeriodKind.Year && MeasureValues.ForYear(_measure, period.Year, column.SeriesId) is { } made)
        {
            return new OutcomeCell(NumberText.WithUnit(made, UnitOf(column.SeriesId), Ui.Language)) { IsComputed = true, Restatements = restated };
        }

        return OutcomeCell.Empty;
    }

    /// <summary>What a restatement changed, in words: "2024: justerat i redovisningen 2025, tidigare 3 %."</summary>
    public string Describe(Restatement restatement)
    {
        ArgumentNullException.ThrowIfNull(restatement);
        var unit = UnitOf(restatement.SeriesId);
        var now = restatement.NewValue is { } after ? NumberText.WithUnit(after, unit, Ui.Language) : "-";
        var before = restatement.OldValue is { } old
            ? Ui.T($"från {NumberText.WithUnit(old, unit, Ui.Language)} till {now}", $"from {NumberText.WithUnit(old, unit, "en")} to {now}")
            : Ui.T($"till {now} (det tidigare värdet är inte känt)", $"to {now} (the earlier value is not known)");
        return Ui.T(
            $"{restatement.Period}: justerat i redovisningen {restatement.RestatedInYear} {before}. {restatement.Reason}",
            $"{restatement.Period}: restated in the {restatement.RestatedInYear} report {before}. {restatement.Reason}");
    }

    private string? UnitOf(string? seriesId) =>
        _measure.Series.FirstOrDefault(s => s.Id == seriesId)?.Unit ?? MeasureCharts.Unit(_measure);

    private string Header(string? seriesId, OrgUnit? unit)
    {
        var whose = unit?.Name ?? Ui.T("Hela organisationen", "Whole organization");
        return _measure.Series.FirstOrDefault(s => s.Id == seriesId) is { } series ? $"{series.Name}, {whose}" : whose;
    }
}
