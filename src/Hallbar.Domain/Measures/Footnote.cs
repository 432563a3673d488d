using Hallbar.Domain.Periods;

namespace Hallbar.Domain.Measures;

/// <summary>Fotnot written by hand; attached to a measure, or to one of its values when a period is given.</summary>
public sealed record Footnote(string Text, Period? Period = null, string? SeriesId = null);
