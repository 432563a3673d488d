namespace Hallbar.Data.Rows;

/// <summary>
/// One accepted change, kept for ever: what (subject and key), who, when, the old and the new value,
/// and why. Nothing in Hallbar changes a stored value without writing one of these.
/// </summary>
public sealed class ChangeRow
{
    public long Id { get; set; }
    public required string OrganizationId { get; set; }

    /// <summary>"outcome", "assessment", "section", "targets", "round", "model" (a model file read in) or "import" (new outcomes read in from a table, together).</summary>
    public required string Subject { get; set; }

    /// <summary>Which one: "measure/2025", "measure/2025/series/unit", "node/2025", a section id, a measure id (targets), a year.</summary>
    public required string Key { get; set; }

    public string? OldValue { get; set; }
    public string? NewValue { get; set; }
    public required string ChangedBy { get; set; }
    public DateTimeOffset ChangedAt { get; set; }
    public string? Reason { get; set; }

    /// <summary>A change to a value of an approved round: it is reported as restated.</summary>
    public bool IsRestatement { get; set; }
}
