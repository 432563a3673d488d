using Hallbar.Domain.Measures;
using Hallbar.Domain.Periods;

namespace Hallbar.Domain.Footnotes;

/// <summary>A footnote as the report prints it: what it says, and where its mark stands.</summary>
public sealed record ReportFootnote(FootnoteKind Kind, string Text, FootnotePlace Place, Period? Period = null, string? SeriesId = null);
