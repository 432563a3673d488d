namespace Hallbar.Data.Rows;

/// <summary>A node of the goal tree; its targets, roll-up and footnotes in the model file's JSON shape.</summary>
public sealed class GoalNodeRow
{
    public required string OrganizationId { get; set; }
    public required string Id { get; set; }
    public string? ParentId { get; set; }
    public int Position { get; set; }
    public required string Kind { get; set; }
    public required string Name { get; set; }
    public required string Definition { get; set; }
}
