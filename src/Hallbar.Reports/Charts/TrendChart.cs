using Hallbar.Reports.Model;
using ScottPlot;
using ScottPlot.TickGenerators;

namespace Hallbar.Reports.Charts;

/// <summary>
/// A measure over the years: the outcomes as a line with dots, the base value and target as big markers of
/// their own shapes, the in-pace path dashed; the styles, not only the colours, tell the series apart.
/// </summary>
internal static class TrendChart
{
    internal static readonly Color[] LineColors = [Color.FromHex("#1D4E89"), Color.FromHex("#7A3E9D"), Color.FromHex("#2E6B30")];

    internal static readonly Color[] MarkerColors = [Color.FromHex("#4A4A4A"), Color.FromHex("#B8421C"), Color.FromHex("#2E6B30")];

    private static readonly MarkerShape[] MarkerShapes = [MarkerShape.FilledSquare, MarkerShape.FilledDiamond, MarkerShape.FilledTriangleUp, MarkerShape.FilledTriangleDown];

    /// <summary>Kept for dashed lines alone, so that the SVG's dashed strokes can be found by colour.</summary>
    internal static readonly Color[] DashedColors = [Color.FromHex("#5A87C5"), Color.FromHex("#8C8C8C")];

    /// <summary>Beyond this many years, only every second (third, ...) year is written under the axis.</summary>
    private const int MaxCategoryLabels = 16;

    /// <summary>The stroke of dashed lines in SVG, which SkiaSharp's SVG writer draws solid.</summary>
    public const string SvgDashes = "8 5";

    /// <summary>
    /// Draws the chart. For SVG, dashed series are drawn solid in colours kept for them, and the markup is given
    /// <see cref="SvgDashes"/> afterwards by colour (see <see cref="DashedColors"/>): SkiaSharp's SVG writer
    /// cannot write a dash and says so on standard error.
    /// </summary>
    public static void Draw(Plot plot, ChartBlock chart, string language, ChartTarget target)
    {
        var positions = Enumerable.Range(0, chart.Categories.Count).Select(i => (double)i).ToArray();
        var dashPattern = target == ChartTarget.Svg ? LinePattern.Solid : LinePattern.Dashed;
        var drawn = new Dictionary<ChartSeries, LegendItem>();
        var (solid, markers, dashed) = (0, 0, 0);

        // Paths first and outcomes last, so that an outcome on its target or path stays visible on top.
        foreach (var series in chart.Series.OrderBy(s => s.Style switch { SeriesStyle.Dashed => 0, SeriesStyle.Markers => 1, _ => 2 }))
        {
            drawn[series] = series.Style switch
            {
                SeriesStyle.Markers => AddMarkers(plot, positions, series, MarkerColors[markers % MarkerColors.Length], MarkerShapes[markers++ % MarkerShapes.Length]),
                SeriesStyle.Dashed => AddLine(plot, positions, series, DashedColors[dashed++ % DashedColors.Length], dashPattern, MarkerShape.None),
                _ => AddLine(plot, positions, series, LineColors[solid++ % LineColors.Length], LinePattern.Solid, MarkerShape.FilledCircle),
            };
        }

        StyleAxes(plot, chart, language);

        // The legend lists the series in the model's order, whatever order they are drawn in.
        ChartLegend.Below(plot);
        plot.Legend.DisplayPlottableLegendItems = false;
        plot.Legend.ManualItems.AddRange(chart.Series.Select(s => drawn[s]));
    }

    private static LegendItem AddLine(Plot plot, double[] positions, ChartSeries series, Color color, LinePattern pattern, MarkerShape marker)
    {
        // NaN breaks ScottPlot's line, so a year without a value is a gap and never a zero.
        double[] values = [.. series.Values.Take(positions.Length).Select(v => v is { } d ? (double)d : double.NaN)];
        var scatter = plot.Add.Scatter(positions[..values.Length], values, color);
        scatter.LineWidth = 2.5f;
        scatter.LinePattern = pattern;
        scatter.MarkerShape = marker;
        scatter.MarkerSize = marker == MarkerShape.None ? 0 : 8;
        return new LegendItem
        {
            LabelText = series.Name,
            LineStyle = new LineStyle { Width = 2.5f, Color = color, Pattern = pattern },
            MarkerStyle = new MarkerStyle(marker, scatter.MarkerSize, color),
        };
    }

    private static LegendItem AddMarkers(Plot plot, double[] positions, ChartSeries series, Color color, MarkerShape shape)
    {
        var points = series.Values.Take(positions.Length).Select((v, i) => (Position: positions[i], Value: v)).Where(p => p.Value is not null).ToList();
        double[] xs = [.. points.Select(p => p.Position)];
        double[] ys = [.. points.Select(p => (double)p.Value!.Value)];
        var scatter = plot.Add.Scatter(xs, ys, color);
        scatter.LineWidth = 0;
        scatter.MarkerShape = shape;
        scatter.MarkerSize = 15;
        return new LegendItem
        {
            LabelText = series.Name,
            LineStyle = new LineStyle { Width = 0 },
            MarkerStyle = new MarkerStyle(shape, 12, color),
        };
    }

    private static void StyleAxes(Plot plot, ChartBlock chart, string language)
    {
        var count = chart.Categories.Count;
        var step = (int)Math.Ceiling(count / (double)MaxCategoryLabels);
        var ticks = new NumericManual();

        // Counted from the last year, which is the report's or the target's and must not be the one left out.
        for (var i = count - 1; i >= 0; i -= step)
        {
            ticks.AddMajor(i, chart.Categories[i]);
        }

        plot.Axes.Bottom.TickGenerator = ticks;
        plot.Axes.Left.TickGenerator = new NumericAutomatic
        {
            LabelFormatter = v => ChartStyle.Number(v, language),
            MinorTickGenerator = new EvenlySpacedMinorTickGenerator(1),
        };

        foreach (var axis in new IAxis[] { plot.Axes.Bottom, plot.Axes.Left })
        {
            axis.TickLabelStyle.FontSize = ChartStyle.SmallFontSize;
            axis.TickLabelStyle.ForeColor = ChartStyle.Text;
            axis.MajorTickStyle.Color = ChartStyle.Axis;
            axis.MinorTickStyle.Length = 0;
            axis.FrameLineStyle.Color = ChartStyle.Axis;
        }

        plot.Axes.Top.FrameLineStyle.Width = 0;
        plot.Axes.Right.FrameLineStyle.Width = 0;
        plot.Axes.Left.Label.Text = chart.Unit ?? string.Empty;
        plot.Axes.Left.Label.FontSize = ChartStyle.FontSize;
        plot.Axes.Left.Label.ForeColor = ChartStyle.Text;
        plot.Axes.Left.Label.Bold = false;
        plot.Grid.XAxisStyle.MajorLineStyle.Width = 0;
        plot.Grid.YAxisStyle.MajorLineStyle.Color = ChartStyle.Grid;

        var (low, high) = ValueRange(chart);
        if (low <= 0 && high >= 0)
        {
            plot.Add.HorizontalLine(0, 1, ChartStyle.Axis);
        }

        plot.Axes.SetLimits(-0.5, Math.Max(count, 1) - 0.5, low, high);
    }

    /// <summary>
    /// The range the y axis shows, with a margin so that markers at the ends are drawn whole. It includes zero,
    /// as a reader assumes it does, unless that would squeeze the figures into less than a quarter of the axis
    /// (180 to 190 kWh/m² on an axis from 0 to 190 shows no change at all); the tick labels then show where
    /// the axis starts.
    /// </summary>
    internal static (double Low, double High) ValueRange(ChartBlock chart)
    {
        var values = chart.Series.SelectMany(s => s.Values).OfType<decimal>().Select(v => (double)v).ToList();
        if (values.Count == 0)
        {
            return (0, 1);
        }

        var (low, high) = (values.Min(), values.Max());
        var farthest = Math.Max(Math.Abs(low), Math.Abs(high));
        if ((low > 0 || high < 0) && high - low >= 0.25 * farthest)
        {
            // Zero is not a figure here but the axis' end: no margin beyond it.
            return low > 0 ? (0, high + (0.08 * high)) : (low + (0.08 * low), 0);
        }

        var margin = (high - low) * 0.08;
        if (high - low < 1e-9)
        {
            // One value alone: a band around it, so that the line sits in the middle rather than on an edge.
            var half = farthest == 0 ? 1 : farthest * 0.1;
            (low, high, margin) = (low - half, high + half, 0);
        }

        return (low - margin, high + margin);
    }
}
