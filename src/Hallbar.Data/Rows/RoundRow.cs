namespace Hallbar.Data.Rows;

public sealed class RoundRow
{
    public required string OrganizationId { get; set; }
    public int Year { get; set; }
    public required string State { get; set; }
    public DateTimeOffset ChangedAt { get; set; }
    public required string ChangedBy { get; set; }
    public int Version { get; set; }
}
