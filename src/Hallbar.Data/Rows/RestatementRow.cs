namespace Hallbar.Data.Rows;

public sealed class RestatementRow
{
    public long Id { get; set; }
    public required string OrganizationId { get; set; }
    public required string MeasureId { get; set; }
    public required string Period { get; set; }
    public string SeriesId { get; set; } = "";
    public string OrgUnitId { get; set; } = "";
    public int Position { get; set; }
    public decimal? OldValue { get; set; }
    public decimal? NewValue { get; set; }
    public int RestatedIn { get; set; }
    public DateOnly? Date { get; set; }
    public required string Reason { get; set; }
}
