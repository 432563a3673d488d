namespace Hallbar.Data.Rows;

public sealed class SectionRow
{
    public required string OrganizationId { get; set; }
    public required string Id { get; set; }
    public int Position { get; set; }
    public required string Title { get; set; }
    public int? Year { get; set; }
    public string? NodeId { get; set; }
    public required string Markdown { get; set; }
    public int Version { get; set; }
}
