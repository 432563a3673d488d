using Hallbar.Domain.Periods;

namespace Hallbar.Domain.Footnotes;

/// <summary>A footnote as the report prints it: what it says, and the value or series it belongs to, if any.</summary>
public sealed record ReportFootnote(FootnoteKind Kind, string Text, Period? Period = null, string? SeriesId = null);
