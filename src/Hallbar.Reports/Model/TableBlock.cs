namespace Hallbar.Reports.Model;

/// <summary>
/// A table with a caption, header cells and footnotes below it. The first cell of every row is
/// the row's header (the measure, indicator or goal it is about).
/// </summary>
public sealed record TableBlock(string Id, string Caption, IReadOnlyList<Column> Columns, IReadOnlyList<Row> Rows) : Block
{
    /// <summary>The id of the goal summary table (every goal area with its goal and assessment).</summary>
    public const string GoalSummaryId = "malsammanfattning";

    public IReadOnlyList<TableNote> Notes { get; init; } = [];

    /// <summary>A short name for the table where space is scarce (an XLSX sheet's name).</summary>
    public string? ShortName { get; init; }

    /// <summary>
    /// The workbook sheet the table goes on when it is neither the goal summary nor an indicator or
    /// measure table (the survey's free texts on "Självskattning"); tables with the same name share a sheet.
    /// </summary>
    public string? Sheet { get; init; }
}
