namespace Hallbar.Reports.Model;

/// <summary>
/// A table cell as printed (<see cref="Text"/>, in the report's language), with what lies behind
/// it for formats that keep figures as figures: the number, its unit and decimals, the grade.
/// </summary>
public sealed record Cell(string Text)
{
    public decimal? Number { get; init; }
    public string? Unit { get; init; }
    public int Decimals { get; init; }

    /// <summary>A value made of parts printed on lines of their own (a composite measure's series).</summary>
    public IReadOnlyList<CellPart> Parts { get; init; } = [];

    /// <summary>The grade's id and verdict when the cell is an assessment.</summary>
    public string? GradeId { get; init; }
    public Hallbar.Domain.Assessment.Verdict? Verdict { get; init; }

    /// <summary>Marks of the table's footnotes that belong to this cell ("*", "**").</summary>
    public IReadOnlyList<string> Marks { get; init; } = [];

    /// <summary>The value is missing (printed "-"); its reason is a footnote.</summary>
    public bool IsMissing { get; init; }

    public static Cell Empty { get; } = new(string.Empty);
}
