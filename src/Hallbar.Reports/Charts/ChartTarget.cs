namespace Hallbar.Reports.Charts;

/// <summary>What a chart is drawn into; SkiaSharp's SVG writer lacks some of what its raster canvas can do.</summary>
internal enum ChartTarget
{
    Svg,
    Png,
}
