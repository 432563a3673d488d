namespace Hallbar.Reports.Model;

/// <summary>A part of a chapter: narrative, a generated paragraph, a table, a chart, a photo.</summary>
public abstract record Block;
