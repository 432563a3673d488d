namespace Hallbar.Data.Rows;

/// <summary>A measure; how it is judged (targets, rule, threshold, series) in the model file's JSON shape.</summary>
public sealed class MeasureRow
{
    public required string OrganizationId { get; set; }
    public required string Id { get; set; }
    public required string NodeId { get; set; }
    public int Position { get; set; }
    public required string Name { get; set; }
    public required string Kind { get; set; }
    public string? Unit { get; set; }
    public required string Definition { get; set; }

    /// <summary>
    /// Concurrency token of the definition: raised by every accepted change of the targets and by an
    /// import that changes the definition; an import that leaves the measure as it was keeps it.
    /// </summary>
    public int Version { get; set; }
}
