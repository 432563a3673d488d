namespace Hallbar.Reports.Model;

/// <summary>A footnote under a table, with the mark its cells carry.</summary>
public sealed record TableNote(string Mark, string Text);
