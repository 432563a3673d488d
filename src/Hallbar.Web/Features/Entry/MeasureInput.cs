namespace Hallbar.Web.Features.Entry;

/// <summary>One measure's form as sent: its values, and for a restatement in an approved round, why.</summary>
public sealed class MeasureInput
{
    public string? MeasureId { get; set; }

    public string? Reason { get; set; }

    public IList<LineInput> Lines { get; set; } = [];
}
