using System.Globalization;
using System.Text;
using Hallbar.Reports.Model;
using ScottPlot;

namespace Hallbar.Reports.Charts;

/// <summary>
/// A trend chart written as SVG directly, in the look of <see cref="TrendChart"/> (its colours, marker
/// shapes, dashes and value range). A report has one for every measure with a base or target — 2 000 in a
/// large organization — and ScottPlot's SVG takes some 5 ms and 16 KB a chart where this takes a few
/// microseconds and 3 KB. ScottPlot still draws the PNG for Word, and the charts with labels to place.
/// </summary>
internal static class TrendSvg
{
    private const double Left = 64, Right = 16, Top = 14, Bottom = 76;

    public static string Draw(ChartBlock chart, string language, int width, int height)
    {
        var svg = new StringBuilder(4096);
        var (low, high) = TrendChart.ValueRange(chart);
        var count = Math.Max(chart.Categories.Count, 1);
        var plotWidth = width - Left - Right;
        var plotBottom = height - Bottom;
        double X(int i) => Left + ((i + 0.5) * plotWidth / count);
        double Y(double v) => Top + ((high - v) / (high - low) * (plotBottom - Top));

        svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {width} {height}\" width=\"{width}\" height=\"{height}\" role=\"img\" aria-label=\"{Escape(chart.Title)}\" font-family=\"{ChartStyle.SvgFontFamily}\" font-size=\"{ChartStyle.SmallFontSize}\" fill=\"{Hex(ChartStyle.Text)}\">");
        svg.Append(CultureInfo.InvariantCulture, $"<rect width=\"{width}\" height=\"{height}\" fill=\"#fff\"/>");

        // Value axis: grid lines at round steps, labelled in the report's number format; the unit beside it.
        foreach (var tick in Ticks(low, high))
        {
            var y = Y(tick);
            svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{Left:0.#}\" x2=\"{width - Right:0.#}\" y1=\"{y:0.#}\" y2=\"{y:0.#}\" stroke=\"{Hex(tick == 0 ? ChartStyle.Axis : ChartStyle.Grid)}\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Left - 8:0.#}\" y=\"{y + 4:0.#}\" text-anchor=\"end\">{Escape(ChartStyle.Number(tick, language))}</text>");
        }

        if (!string.IsNullOrEmpty(chart.Unit))
        {
            var middle = (Top + plotBottom) / 2;
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"16\" y=\"{middle:0.#}\" transform=\"rotate(-90 16 {middle:0.#})\" text-anchor=\"middle\" font-size=\"{ChartStyle.FontSize}\">{Escape(chart.Unit)}</text>");
        }

        // Category axis: every year, or every second or third when there are many, counted from the last.
        svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{Left:0.#}\" x2=\"{width - Right:0.#}\" y1=\"{plotBottom:0.#}\" y2=\"{plotBottom:0.#}\" stroke=\"{Hex(ChartStyle.Axis)}\"/>");
        var step = (int)Math.Ceiling(count / 16.0);
        for (var i = chart.Categories.Count - 1; i >= 0; i -= step)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{X(i):0.#}\" y=\"{plotBottom + 18:0.#}\" text-anchor=\"middle\">{Escape(chart.Categories[i])}</text>");
        }

        // Paths first and outcomes last, so that an outcome on its target or path stays visible on top.
        var styles = Styles(chart);
        foreach (var series in chart.Series.OrderBy(s => s.Style switch { SeriesStyle.Dashed => 0, SeriesStyle.Markers => 1, _ => 2 }))
        {
            var (color, shape) = styles[series];
            var points = series.Values.Take(count).Select((v, i) => (X: X(i), Y: v is { } d ? Y((double)d) : double.NaN)).ToList();
            if (series.Style != SeriesStyle.Markers)
            {
                // A year without a value breaks the line: a gap, never a zero.
                foreach (var run in Runs(points))
                {
                    svg.Append(CultureInfo.InvariantCulture, $"<polyline fill=\"none\" stroke=\"{Hex(color)}\" stroke-width=\"2.5\"{(series.Style == SeriesStyle.Dashed ? $" stroke-dasharray=\"{TrendChart.SvgDashes}\"" : string.Empty)} points=\"{string.Join(' ', run.Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.X:0.#},{p.Y:0.#}")))}\"/>");
                }
            }

            foreach (var point in points.Where(p => !double.IsNaN(p.Y)))
            {
                Marker(svg, shape, point.X, point.Y, series.Style == SeriesStyle.Markers ? 7.5 : 4, color);
            }
        }

        // The legend below, in the model's order, each entry drawn as its series is.
        var x = Left;
        var legendY = height - 22.0;
        foreach (var series in chart.Series)
        {
            var (color, shape) = styles[series];
            if (series.Style != SeriesStyle.Markers)
            {
                svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{x:0.#}\" x2=\"{x + 24:0.#}\" y1=\"{legendY:0.#}\" y2=\"{legendY:0.#}\" stroke=\"{Hex(color)}\" stroke-width=\"2.5\"{(series.Style == SeriesStyle.Dashed ? $" stroke-dasharray=\"{TrendChart.SvgDashes}\"" : string.Empty)}/>");
            }

            Marker(svg, shape, x + 12, legendY, series.Style == SeriesStyle.Markers ? 6 : 3.5, color);
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{x + 30:0.#}\" y=\"{legendY + 4:0.#}\">{Escape(series.Name)}</text>");
            x += 42 + (series.Name.Length * 7.2);
        }

        return svg.Append("</svg>").ToString();
    }

    /// <summary>Each series' colour and marker, handed out as <see cref="TrendChart"/> hands them out.</summary>
    private static Dictionary<ChartSeries, (Color Color, string? Shape)> Styles(ChartBlock chart)
    {
        string[] shapes = ["square", "diamond", "triangle-up", "triangle-down"];
        var (solid, markers, dashed) = (0, 0, 0);
        var styles = new Dictionary<ChartSeries, (Color, string?)>();
        foreach (var series in chart.Series.OrderBy(s => s.Style switch { SeriesStyle.Dashed => 0, SeriesStyle.Markers => 1, _ => 2 }))
        {
            styles[series] = series.Style switch
            {
                SeriesStyle.Markers => (TrendChart.MarkerColors[markers % TrendChart.MarkerColors.Length], shapes[markers++ % shapes.Length]),
                SeriesStyle.Dashed => (TrendChart.DashedColors[dashed++ % TrendChart.DashedColors.Length], null),
                _ => (TrendChart.LineColors[solid++ % TrendChart.LineColors.Length], "circle"),
            };
        }

        return styles;
    }

    private static void Marker(StringBuilder svg, string? shape, double x, double y, double r, Color color)
    {
        var fill = Hex(color);
        _ = shape switch
        {
            "circle" => svg.Append(CultureInfo.InvariantCulture, $"<circle cx=\"{x:0.#}\" cy=\"{y:0.#}\" r=\"{r:0.#}\" fill=\"{fill}\"/>"),
            "square" => svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{x - r:0.#}\" y=\"{y - r:0.#}\" width=\"{2 * r:0.#}\" height=\"{2 * r:0.#}\" fill=\"{fill}\"/>"),
            "diamond" => svg.Append(CultureInfo.InvariantCulture, $"<polygon points=\"{x:0.#},{y - r:0.#} {x + r:0.#},{y:0.#} {x:0.#},{y + r:0.#} {x - r:0.#},{y:0.#}\" fill=\"{fill}\"/>"),
            "triangle-up" => svg.Append(CultureInfo.InvariantCulture, $"<polygon points=\"{x:0.#},{y - r:0.#} {x + r:0.#},{y + r:0.#} {x - r:0.#},{y + r:0.#}\" fill=\"{fill}\"/>"),
            "triangle-down" => svg.Append(CultureInfo.InvariantCulture, $"<polygon points=\"{x:0.#},{y + r:0.#} {x + r:0.#},{y - r:0.#} {x - r:0.#},{y - r:0.#}\" fill=\"{fill}\"/>"),
            _ => svg,
        };
    }

    /// <summary>The stretches of a line between years without a value.</summary>
    private static IEnumerable<List<(double X, double Y)>> Runs(List<(double X, double Y)> points)
    {
        var run = new List<(double X, double Y)>();
        foreach (var point in points)
        {
            if (double.IsNaN(point.Y))
            {
                if (run.Count > 1)
                {
                    yield return run;
                }

                run = [];
            }
            else
            {
                run.Add(point);
            }
        }

        if (run.Count > 1)
        {
            yield return run;
        }
    }

    /// <summary>Round steps (1, 2 or 5 times a power of ten) across the range, some six to ten of them.</summary>
    internal static IEnumerable<double> Ticks(double low, double high)
    {
        var rough = (high - low) / 8;
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(rough)));
        var step = (rough / magnitude) switch { < 1.5 => 1, < 3 => 2, < 7 => 5, _ => 10 } * magnitude;
        for (var tick = Math.Ceiling(low / step) * step; tick <= high + (step * 1e-9); tick += step)
        {
            yield return Math.Abs(tick) < step * 1e-9 ? 0 : tick;
        }
    }

    private static string Hex(Color color) => $"#{color.R:X2}{color.G:X2}{color.B:X2}";

    private static string Escape(string text) => System.Security.SecurityElement.Escape(text);
}
