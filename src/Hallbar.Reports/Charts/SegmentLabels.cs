using ScottPlot;
using SkiaSharp;

namespace Hallbar.Reports.Charts;

/// <summary>
/// The percentage of each stacked-bar segment, centred in it, in a colour that reads on the segment's fill.
/// A segment too narrow for its text stays unlabelled rather than covered; the data table has every figure.
/// </summary>
internal sealed class SegmentLabels(IReadOnlyList<SegmentLabels.Segment> segments, double barSize) : IPlottable
{
    private const float Margin = 3;

    public sealed record Segment(double Position, double Start, double End, string Text, ScottPlot.Color TextColor);

    public bool IsVisible { get; set; } = true;

    public IAxes Axes { get; set; } = new ScottPlot.Axes();

    public IEnumerable<LegendItem> LegendItems => [];

    public AxisLimits GetAxisLimits() => AxisLimits.NoLimits;

    public void Render(RenderPack rp)
    {
        // Drawn with Skia directly: ScottPlot centres a label's line box, which puts digits visibly above the
        // middle of a thin bar; centring the capital height puts them in it.
        using var font = new SKFont(Fonts.GetTypeface(ChartStyle.FontName, bold: false, italic: false), ChartStyle.SmallFontSize);
        using var paint = new SKPaint { IsAntialias = true };
        var capHeight = font.Metrics.CapHeight;
        var barHeight = Math.Abs(Axes.GetPixelY(barSize) - Axes.GetPixelY(0));
        foreach (var segment in segments)
        {
            var (left, right) = (Axes.GetPixelX(segment.Start), Axes.GetPixelX(segment.End));
            if (font.MeasureText(segment.Text) + (2 * Margin) > right - left || capHeight + (2 * Margin) > barHeight)
            {
                continue;
            }

            paint.Color = segment.TextColor.ToSKColor();
            rp.Canvas.DrawText(segment.Text, (left + right) / 2, Axes.GetPixelY(segment.Position) + (capHeight / 2), SKTextAlign.Center, font, paint);
        }
    }
}
