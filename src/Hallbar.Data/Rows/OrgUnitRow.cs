namespace Hallbar.Data.Rows;

public sealed class OrgUnitRow
{
    public required string OrganizationId { get; set; }
    public required string Id { get; set; }
    public int Position { get; set; }
    public required string Name { get; set; }
    public string? ParentId { get; set; }
    public bool Illustrative { get; set; }
    public string? Note { get; set; }
}
