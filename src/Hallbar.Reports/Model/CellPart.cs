namespace Hallbar.Reports.Model;

/// <summary>One line of a composite value: "CMR 32 st".</summary>
public sealed record CellPart(string Label, string Text, decimal? Number = null, string? Unit = null, int Decimals = 0)
{
    /// <summary>The composite's series the line is of.</summary>
    public string? SeriesId { get; init; }

    /// <summary>Marks of the table's footnotes that belong to this line, printed after its label as the model case does ("Kandidatförteckning** -").</summary>
    public IReadOnlyList<string> Marks { get; init; } = [];
}
