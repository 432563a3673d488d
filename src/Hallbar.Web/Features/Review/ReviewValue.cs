using Hallbar.Data.Rows;
using Hallbar.Domain.Formatting;
using Hallbar.Domain.Measures;
using Hallbar.Web.Features.Entry;
using Hallbar.Web.Site;

namespace Hallbar.Web.Features.Review;

/// <summary>
/// One value of the round as the reviewer sees it: what is entered, the same value a year before,
/// whether either has been restated, and who last changed it.
/// </summary>
public sealed record ReviewValue(EntryLine Line, string Label, Outcome? Previous, IReadOnlyList<Restatement> Restated, IReadOnlyList<Restatement> PreviousRestated, ChangeRow? LastChange)
{
    public static ReviewValue Of(EntryMeasure entry, EntryLine line, string label, ChangeRow? lastChange)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(line);
        var restatements = entry.Measure.Restatements;
        return new ReviewValue(line, label, entry.YearBefore(line),
            [.. restatements.Where(r => line.Holds(r.Period, r.SeriesId, r.UnitId))],
            [.. restatements.Where(r => line.Holds(r.Period, r.SeriesId, r.UnitId, yearBefore: true))],
            lastChange);
    }

    public ValueStatus Status => !Line.IsSaved ? ValueStatus.NotEntered : Line.Missing is not null ? ValueStatus.Missing : ValueStatus.Entered;

    public string? PreviousText => Previous is null ? null : EntryLine.Describe(Previous.Value, Previous.Text, Previous.MissingReason, Line.Unit);

    /// <summary>How the value differs from the year before ("+3,2 %", "ny text"); null when there is nothing to compare.</summary>
    public string? Change => (Line, Previous) switch
    {
        ({ Value: { } now }, { Value: { } before }) when now == before => Ui.T("oförändrat", "unchanged"),
        ({ Value: { } now }, { Value: { } before }) => (now > before ? "+" : string.Empty) + NumberText.WithUnit(now - before, Line.Unit, Ui.Language),
        ({ Text: { } now }, { Text: { } before }) => now == before ? Ui.T("samma text", "same text") : Ui.T("ny text", "new text"),
        _ => null,
    };
}
