using Hallbar.Domain.Formatting;
using Hallbar.Reports.Model;
using ScottPlot;
using ScottPlot.TickGenerators;

namespace Hallbar.Reports.Charts;

/// <summary>
/// One horizontal bar per category (a survey statement) split by the series (the response categories) into
/// percentages. Colours run from dark to light along the response scale, and every segment wide enough for
/// it carries its percentage, so the answers can be read without telling colours apart.
/// </summary>
internal static class StackedBarsChart
{
    private const double BarSize = 0.62;

    /// <summary>Statements longer than this many characters are wrapped onto more lines beside the bars.</summary>
    private const int CategoryLineLength = 34;

    /// <summary>Nor are lines made longer than this to keep a statement on fewer lines: the bars need the room.</summary>
    private const int LongestCategoryLine = 60;

    private const int MostCategoryLines = 3;

    /// <summary>The height of a line of the statements, and what the axis and legend take of the chart's height.</summary>
    private const double LineHeight = 14, AxisAndLegendHeight = 110;

    /// <param name="height">The chart's height in layout pixels, which sets how many lines a statement may have.</param>
    public static void Draw(Plot plot, ChartBlock chart, string language, double height)
    {
        var count = chart.Categories.Count;
        var colors = Palette.Sequential(chart.Series.Count);
        var segments = new List<SegmentLabels.Segment>();
        var ends = new double[count];
        for (var s = 0; s < chart.Series.Count; s++)
        {
            var series = chart.Series[s];
            var bars = new List<Bar>();
            for (var c = 0; c < count; c++)
            {
                var value = c < series.Values.Count ? series.Values[c] ?? 0 : 0;
                if (value <= 0)
                {
                    continue;
                }

                // The first statement on top, as it is read and as it stands in the data table.
                var position = count - 1 - c;
                bars.Add(new Bar
                {
                    Position = position,
                    ValueBase = ends[c],
                    Value = ends[c] + (double)value,
                    Size = BarSize,
                    FillColor = colors[s],
                    LineColor = Colors.White,
                    LineWidth = 1,
                    Orientation = Orientation.Horizontal,
                });
                segments.Add(new SegmentLabels.Segment(position, ends[c], ends[c] + (double)value, NumberText.Percent(value, language, chart.Decimals), ChartStyle.TextOn(colors[s])));
                ends[c] += (double)value;
            }

            var plottable = plot.Add.Bars(bars);
            plottable.LegendText = series.Name;
            plottable.Horizontal = true;
        }

        plot.Add.Plottable(new SegmentLabels(segments, BarSize));

        // A statement gets as many lines as the space between two bars holds, so that neighbours do not overlap.
        var lines = (int)Math.Clamp(Math.Floor((height - AxisAndLegendHeight) / Math.Max(count, 1) / LineHeight), 1, MostCategoryLines);
        var categoryTicks = new NumericManual();
        for (var c = 0; c < count; c++)
        {
            categoryTicks.AddMajor(count - 1 - c, Wrap(chart.Categories[c], lines));
        }

        var percentTicks = new NumericManual();
        for (var p = 0; p <= 100; p += 20)
        {
            percentTicks.AddMajor(p, NumberText.Percent(p, language, 0));
        }

        plot.Axes.Left.TickGenerator = categoryTicks;
        plot.Axes.Bottom.TickGenerator = percentTicks;
        foreach (var axis in new IAxis[] { plot.Axes.Bottom, plot.Axes.Left })
        {
            axis.TickLabelStyle.FontSize = ChartStyle.SmallFontSize;
            axis.TickLabelStyle.ForeColor = ChartStyle.Text;
            axis.MajorTickStyle.Color = ChartStyle.Axis;
            axis.MinorTickStyle.Length = 0;
            axis.FrameLineStyle.Color = ChartStyle.Axis;
        }

        plot.Axes.Left.MajorTickStyle.Length = 0;
        plot.Axes.Top.FrameLineStyle.Width = 0;
        plot.Axes.Right.FrameLineStyle.Width = 0;

        // Room for the half of "100 %" that stands right of the axis' end.
        plot.Axes.Right.MinimumSize = 24;
        plot.Grid.YAxisStyle.MajorLineStyle.Width = 0;
        plot.Grid.XAxisStyle.MajorLineStyle.Color = ChartStyle.Grid;
        plot.Axes.SetLimits(0, Math.Max(100, ends.DefaultIfEmpty(0).Max()), -0.5, count - 0.5);
        ChartLegend.Below(plot);
    }

    /// <summary>The statement on at most <paramref name="lines"/> lines where a line of sensible length allows it.</summary>
    private static string Wrap(string text, int lines)
    {
        var wrapped = WrapAt(text, CategoryLineLength);
        for (var length = CategoryLineLength + 2; wrapped.Count > lines && length <= LongestCategoryLine; length += 2)
        {
            wrapped = WrapAt(text, length);
        }

        return string.Join('\n', wrapped);
    }

    private static List<string> WrapAt(string text, int length)
    {
        var lines = new List<string>();
        var line = string.Empty;
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > length)
            {
                lines.Add(line);
                line = word;
            }
            else
            {
                line = line.Length == 0 ? word : line + " " + word;
            }
        }

        lines.Add(line);
        return lines;
    }
}
