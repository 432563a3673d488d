namespace Hallbar.Data.Rows;

/// <summary>
/// An organization, with what is defined for it as a whole (scales, default scale, roll-up defaults
/// and the overall roll-up) kept in the model file's own JSON shape.
/// </summary>
public sealed class OrganizationRow
{
    public required string Id { get; set; }
    public required string Name { get; set; }
    public required string Kind { get; set; }
    public string? KoladaId { get; set; }
    public required string Definition { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}
