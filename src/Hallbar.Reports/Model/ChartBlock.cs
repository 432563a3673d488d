namespace Hallbar.Reports.Model;

/// <summary>
/// A chart: categories along one axis and series of values over them. The same figures make its
/// data table, so every chart can be read without seeing it; <see cref="Description"/> is its text alternative.
/// </summary>
public sealed record ChartBlock(string Id, ChartKind Kind, string Title, string Description, IReadOnlyList<string> Categories, IReadOnlyList<ChartSeries> Series) : Block
{
    /// <summary>What the categories are ("År", "Område"): the data table's first header.</summary>
    public required string CategoryHeader { get; init; }

    /// <summary>Unit of the values ("%", "kWh/km"), printed in the data table and on the axis.</summary>
    public string? Unit { get; init; }

    public int Decimals { get; init; } = 1;

    /// <summary>Figure number within the report ("Diagram 1").</summary>
    public int Number { get; init; }
}
