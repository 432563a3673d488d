using Hallbar.Domain.Periods;

namespace Hallbar.Domain.Measures;

/// <summary>
/// Fotnot written by hand; on the measure's row, or on one of its values when a period is given,
/// or on the year's assessment.
/// </summary>
public sealed record Footnote(string Text, Period? Period = null, string? SeriesId = null)
{
    public FootnotePlace Place { get; init; } = Period is null ? FootnotePlace.Row : FootnotePlace.Value;
}
