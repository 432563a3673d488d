namespace Hallbar.Data.Transfer;

/// <summary>One outcome an import changes: what it was (null: not there) and what it becomes.</summary>
public sealed record OutcomeDifference(int Row, string MeasureId, string MeasureName, string Period, string? SeriesId, string? OrgUnitId, string? Old, string New, bool IsRestatement);
