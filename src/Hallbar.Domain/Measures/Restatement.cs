using Hallbar.Domain.Periods;

namespace Hallbar.Domain.Measures;

/// <summary>
/// A published value changed afterwards. The old value may be unknown (the published source says a
/// figure was adjusted but not what it was): then it is null, never guessed.
/// </summary>
/// <param name="RestatedInYear">The report year in which the new value was first published.</param>
public sealed record Restatement(
    Period Period,
    decimal? OldValue,
    decimal? NewValue,
    int RestatedInYear,
    string Reason,
    DateOnly? Date = null,
    string? SeriesId = null,
    string? UnitId = null);
