namespace Hallbar.Reports.Model;

/// <summary>One line of a composite value: "CMR 32 st".</summary>
public sealed record CellPart(string Label, string Text, decimal? Number = null, string? Unit = null, int Decimals = 0);
