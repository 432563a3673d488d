using ScottPlot;

namespace Hallbar.Reports.Charts;

/// <summary>
/// The names and values of a pie's slices in two columns beside it, each joined to its slice by a leader line.
/// Labels inside thin slices would not fit and labels around the rim overlap, so they are stacked per side.
/// </summary>
/// <remarks>Assumes ScottPlot's pie geometry: centre at (0, 0), radius 1, turned to start at twelve o'clock.</remarks>
internal sealed class PieLabels(IReadOnlyList<PieLabels.Label> labels) : IPlottable
{
    private const float Elbow = 14;
    private const float Gap = 6;
    private const float ColumnOffset = 30;

    public sealed record Label(string Name, string Value, double Fraction);

    public bool IsVisible { get; set; } = true;

    public IAxes Axes { get; set; } = new ScottPlot.Axes();

    public IEnumerable<LegendItem> LegendItems => [];

    public AxisLimits GetAxisLimits() => AxisLimits.NoLimits;

    public void Render(RenderPack rp)
    {
        var centre = Axes.GetPixel(Coordinates.Origin);
        var radius = Math.Min(Math.Abs(Axes.GetPixelX(1) - centre.X), Math.Abs(Axes.GetPixelY(1) - centre.Y));
        var style = new LabelStyle { FontName = ChartStyle.FontName, FontSize = ChartStyle.FontSize, ForeColor = ChartStyle.Text };
        var valueStyle = new LabelStyle { FontName = ChartStyle.FontName, FontSize = ChartStyle.FontSize, ForeColor = ChartStyle.Text, Bold = true };
        var lineHeight = style.Measure("Åg", rp.Paint).LineHeight;

        var placed = new List<Placed>();
        var start = 0.0;
        foreach (var label in labels)
        {
            var angle = (start + (label.Fraction / 2)) * 2 * Math.PI;
            start += label.Fraction;
            var (dx, dy) = ((float)Math.Sin(angle), (float)-Math.Cos(angle));
            var right = dx >= -1e-6;
            var columnX = centre.X + ((right ? 1 : -1) * (radius + ColumnOffset));
            var width = right ? rp.DataRect.Right - columnX - 4 : columnX - rp.DataRect.Left - 4;
            var lines = Wrap(label.Name, width, style, rp.Paint).Append(label.Value).ToList();
            var elbow = new Pixel(centre.X + (dx * (radius + Elbow)), centre.Y + (dy * (radius + Elbow)));
            placed.Add(new Placed(new Pixel(centre.X + (dx * radius), centre.Y + (dy * radius)), elbow, right, columnX, lines, lines.Count * lineHeight, elbow.Y));
        }

        foreach (var side in placed.GroupBy(p => p.Right))
        {
            Spread([.. side.OrderBy(p => p.Middle)], rp.DataRect.Top + 2, rp.DataRect.Bottom - 2);
        }

        var leader = new LineStyle { Width = 1, Color = ChartStyle.Axis };
        foreach (var p in placed)
        {
            var end = new Pixel(p.ColumnX - ((p.Right ? 1 : -1) * 4), p.Middle);
            Drawing.DrawLines(rp.Canvas, rp.Paint, [p.Rim, p.Elbow, end], leader);
            style.Alignment = valueStyle.Alignment = p.Right ? Alignment.UpperLeft : Alignment.UpperRight;
            for (var i = 0; i < p.Lines.Count; i++)
            {
                // The value, on the last line, is what the reader looks for: bold.
                var lineStyle = i == p.Lines.Count - 1 ? valueStyle : style;
                lineStyle.Render(rp.Canvas, new Pixel(p.ColumnX, p.Middle - (p.Height / 2) + (i * lineHeight)), rp.Paint, p.Lines[i], false);
            }
        }
    }

    /// <summary>Moves labels apart so that none overlaps the next, keeping each as near its slice as it can.</summary>
    private static void Spread(List<Placed> side, float top, float bottom)
    {
        for (var i = 0; i < side.Count; i++)
        {
            var least = i == 0 ? top : side[i - 1].Middle + (side[i - 1].Height / 2) + Gap;
            side[i].Middle = Math.Max(side[i].Middle, least + (side[i].Height / 2));
        }

        for (var i = side.Count - 1; i >= 0; i--)
        {
            var most = i == side.Count - 1 ? bottom : side[i + 1].Middle - (side[i + 1].Height / 2) - Gap;
            side[i].Middle = Math.Min(side[i].Middle, most - (side[i].Height / 2));
        }
    }

    /// <summary>The words of a name in lines no wider than the column.</summary>
    private static List<string> Wrap(string text, float width, LabelStyle style, Paint paint)
    {
        var lines = new List<string>();
        var line = string.Empty;
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var longer = line.Length == 0 ? word : line + " " + word;
            if (line.Length > 0 && style.Measure(longer, paint).Width > width)
            {
                lines.Add(line);
                line = word;
            }
            else
            {
                line = longer;
            }
        }

        if (line.Length > 0)
        {
            lines.Add(line);
        }

        return lines;
    }

    private sealed class Placed(Pixel rim, Pixel elbow, bool right, float columnX, List<string> lines, float height, float middle)
    {
        public Pixel Rim { get; } = rim;

        public Pixel Elbow { get; } = elbow;

        public bool Right { get; } = right;

        public float ColumnX { get; } = columnX;

        public List<string> Lines { get; } = lines;

        public float Height { get; } = height;

        public float Middle { get; set; } = middle;
    }
}
