namespace Hallbar.Domain.Measures;

/// <summary>How values per org unit, or per quarter or month, make up the whole.</summary>
public enum Aggregation
{
    /// <summary>No whole is computed: a total must be reported as such.</summary>
    None,
    Sum,
    Average,

    /// <summary>Average weighted by each part's weight (e.g. population or floor area).</summary>
    WeightedAverage,

    /// <summary>The latest part stands for the whole (a level at year end).</summary>
    Last,
}
