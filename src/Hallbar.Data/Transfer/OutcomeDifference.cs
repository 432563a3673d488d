namespace Hallbar.Data.Transfer;

/// <summary>
/// One outcome an import changes: what it was (null: not there) and what it becomes, as the history
/// writes them (<see cref="Old"/>, <see cref="New"/>: "saknas: why") and for an English reader
/// (<see cref="OldEnglish"/>, <see cref="NewEnglish"/>: "missing: why").
/// </summary>
public sealed record OutcomeDifference(
    int Row, string MeasureId, string MeasureName, string Period, string? SeriesId, string? OrgUnitId, string? Old, string New, bool IsRestatement,
    string? OldEnglish, string NewEnglish);
