namespace Hallbar.Reports.Model;

/// <summary>
/// A footnote on a word of a chapter's heading ("Indikator: Alla transporter⁷ drivs ..."): a footnote of the page,
/// numbered on with the narrative's, its mark just before <see cref="At"/> (a position in the heading's text).
/// </summary>
public sealed record HeadingNote(int At, string Text);
