namespace Hallbar.Reports.Model;

/// <summary>A series of a chart: a value (or none) for each of the chart's categories.</summary>
public sealed record ChartSeries(string Name, IReadOnlyList<decimal?> Values, SeriesStyle Style = SeriesStyle.Solid);
