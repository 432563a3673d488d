namespace Hallbar.Data.Transfer;

/// <summary>
/// Outcomes as a table a reporter fills in, in CSV or XLSX: a header row with these columns, then
/// one row per measure, period, series and org unit. Rows are numbered as in the file (header: 1).
/// </summary>
public sealed record OutcomeTable(IReadOnlyList<string> Header, IReadOnlyList<OutcomeTable.Row> Rows)
{
    public const string MeasureIdColumn = "Mätetal-id";
    public const string MeasureNameColumn = "Mätetal";
    public const string UnitColumn = "Enhet";
    public const string PeriodColumn = "Period";
    public const string SeriesColumn = "Delserie";
    public const string OrgUnitColumn = "Förvaltning";
    public const string ValueColumn = "Värde";
    public const string TextColumn = "Text";
    public const string MissingColumn = "Saknas, orsak";
    public const string SourceColumn = "Källa";
    public const string CommentColumn = "Kommentar";
    public const string VersionColumn = "Version";
    public const string ReasonColumn = "Skäl vid omräkning";

    public static IReadOnlyList<string> Columns { get; } =
        [MeasureIdColumn, MeasureNameColumn, UnitColumn, PeriodColumn, SeriesColumn, OrgUnitColumn, ValueColumn, TextColumn, MissingColumn, SourceColumn, CommentColumn, VersionColumn, ReasonColumn];

    /// <summary>A row of cells as read, with its number in the file.</summary>
    public sealed record Row(int Number, IReadOnlyList<string> Cells);
}
