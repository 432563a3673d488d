using Hallbar.Domain.Goals;
using Hallbar.Domain.Measures;

namespace Hallbar.Web.Features.Entry;

/// <summary>A measure on the data-entry page: where it sits in the goal tree, and the values its round asks for.</summary>
public sealed record EntryMeasure(Measure Measure, GoalNode Area, GoalNode Holder, IReadOnlyList<EntryLine> Lines)
{
    /// <summary>The same value a year before the line's, as a reader compares it (2025-Q2 for 2026-Q2).</summary>
    public Outcome? YearBefore(EntryLine line) => Measure.Outcomes.FirstOrDefault(o => line?.Holds(o.Period, o.SeriesId, o.UnitId, yearBefore: true) == true);
}
