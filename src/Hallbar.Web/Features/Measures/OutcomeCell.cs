namespace Hallbar.Web.Features.Measures;

/// <summary>
/// One outcome as the measure page prints it: the figure with its unit, a text, or "-" with the reason
/// it is missing; a year's figure made up from its parts says so; a restated figure carries the numbers
/// of its restatement notes.
/// </summary>
public sealed record OutcomeCell(string Text)
{
    public string? MissingReason { get; init; }

    /// <summary>Not reported as such but made up from org units, quarters or months by the measure's aggregation.</summary>
    public bool IsComputed { get; init; }

    public IReadOnlyList<int> Restatements { get; init; } = [];

    public string? Source { get; init; }

    public string? Comment { get; init; }

    public static OutcomeCell Empty { get; } = new(string.Empty);
}
