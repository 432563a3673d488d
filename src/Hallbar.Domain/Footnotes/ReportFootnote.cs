using Hallbar.Domain.Measures;
using Hallbar.Domain.Periods;

namespace Hallbar.Domain.Footnotes;

/// <summary>A footnote as the report prints it: what it says, and where its mark stands.</summary>
public sealed record ReportFootnote(FootnoteKind Kind, string Text, FootnotePlace Place, Period? Period = null, string? SeriesId = null)
{
    /// <summary>On the heading: the word the mark follows (<see cref="Footnote.AfterWord"/>).</summary>
    public string? AfterWord { get; init; }

    /// <summary>A footnote written by hand, as it is printed.</summary>
    public static ReportFootnote Of(Footnote footnote) =>
        new(FootnoteKind.Note, footnote.Text, footnote.Place, footnote.Period, footnote.SeriesId) { AfterWord = footnote.AfterWord };
}
