namespace Hallbar.Data.Rows;

/// <summary>
/// One outcome. Series and org unit are "" for none, so that the unique key (measure, period,
/// series, unit) holds on every database (PostgreSQL treats NULLs in a unique index as distinct).
/// </summary>
public sealed class OutcomeRow
{
    public long Id { get; set; }
    public required string OrganizationId { get; set; }
    public required string MeasureId { get; set; }
    public required string Period { get; set; }
    public string SeriesId { get; set; } = "";
    public string OrgUnitId { get; set; } = "";
    public int Position { get; set; }
    public decimal? Value { get; set; }
    public string? Text { get; set; }
    public string? MissingReason { get; set; }
    public decimal? Weight { get; set; }
    public string? Source { get; set; }
    public string? Comment { get; set; }

    /// <summary>Concurrency token: raised by every accepted change.</summary>
    public int Version { get; set; }
}
