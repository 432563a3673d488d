using Hallbar.Reports.Model;
using SkiaSharp;

namespace Hallbar.Reports.Charts;

/// <summary>
/// Draws a report chart with ScottPlot: as SVG markup to inline in HTML, and as PNG for DOCX.
/// </summary>
/// <remarks>
/// <para>
/// The image carries no title: the renderer prints <see cref="ChartBlock.Title"/> in its caption
/// (HTML <c>&lt;figcaption&gt;</c>, a Word caption), so a title inside the image would only repeat it.
/// </para>
/// <para>
/// Every call builds and disposes its own plot, so charts can be drawn concurrently from several threads.
/// Type sizes and spacing are chosen for a chart 720 pixels wide; a wider PNG is the same picture at a higher
/// resolution, so the default 1440 × 810 PNG matches the default 720 × 405 SVG.
/// </para>
/// <para>
/// Stacked bars wrap each statement onto as many lines (up to three) as the height leaves between two bars;
/// for more than about six statements ask for more height, 110 pixels plus 42 a statement (three lines each).
/// </para>
/// </remarks>
public static class ChartImage
{
    /// <summary>The width in pixels the charts' type sizes and spacing are chosen for.</summary>
    internal const int LayoutWidth = 720;

    /// <summary>
    /// The height in layout pixels a chart needs at <see cref="LayoutWidth"/>: 405 (16:9), or for stacked
    /// bars with many statements 110 plus 42 a statement, so that each statement keeps room for three lines and
    /// long statements do not run into their neighbours.
    /// </summary>
    public static int LayoutHeight(ChartBlock chart)
    {
        ArgumentNullException.ThrowIfNull(chart);
        return chart.Kind == ChartKind.StackedBars ? Math.Max(405, 110 + (42 * chart.Categories.Count)) : 405;
    }

    /// <summary>
    /// The chart as one <c>&lt;svg&gt;</c> element to inline in an HTML5 document: no XML declaration and no
    /// DOCTYPE; a <c>viewBox</c>, so CSS may scale it (<c>max-width: 100%; height: auto</c>);
    /// <c>role="img"</c> and <c>aria-label</c> set to the chart's title, so that assistive technology
    /// announces one image rather than its many shapes. The text alternative that states the figures
    /// (<see cref="ChartBlock.Description"/>) and the data table are the caller's to place beside it.
    /// Every <c>id</c> in the markup starts with the chart's <see cref="ChartBlock.Id"/> followed by
    /// <c>-svg-</c>, so several charts on one page never share an id.
    /// </summary>
    /// <param name="language">"en" for English number formats; anything else is Swedish.</param>
    public static string Svg(ChartBlock chart, string language, int width = 720, int height = 405)
    {
        ArgumentNullException.ThrowIfNull(chart);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(width);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(height);
        if (chart.Kind == ChartKind.Trend)
        {
            return TrendSvg.Draw(chart, language, width, height);
        }

        using var plot = ChartPlot.Create(chart, language, ChartTarget.Svg, height);
        return SvgMarkup.ForHtml(plot.GetSvgXml(width, height), chart.Id, chart.Title, width, height);
    }

    /// <summary>
    /// The chart as a PNG image of exactly <paramref name="width"/> × <paramref name="height"/> pixels. Its
    /// alternative text is the caller's to set (<see cref="ChartBlock.Description"/>).
    /// </summary>
    /// <param name="language">"en" for English number formats; anything else is Swedish.</param>
    public static byte[] Png(ChartBlock chart, string language, int width = 1440, int height = 810)
    {
        ArgumentNullException.ThrowIfNull(chart);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(width);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(height);
        var scale = (double)width / LayoutWidth;
        using var plot = ChartPlot.Create(chart, language, ChartTarget.Png, height / scale);
        plot.ScaleFactor = scale;

        // Opaque, as the charts are drawn on white: the PNG then has no alpha channel to store.
        using var surface = SKSurface.Create(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Opaque))
            ?? throw new InvalidOperationException($"SkiaSharp cannot make a {width} × {height} image.");
        plot.Render(surface);
        using var pixels = surface.PeekPixels() ?? throw new InvalidOperationException("SkiaSharp drew no pixels.");

        // One row filter instead of trying all five per row: as small a file, in a third of the time.
        using var png = pixels.Encode(new SKPngEncoderOptions(SKPngEncoderFilterFlags.Sub, 6)) ?? throw new InvalidOperationException("SkiaSharp wrote no PNG.");
        return png.ToArray();
    }
}
