using Hallbar.Domain.Formatting;
using Hallbar.Reports.Model;
using ScottPlot;

namespace Hallbar.Reports.Charts;

/// <summary>
/// Shares of a whole as a pie: each slice named with its category and value beside it, so that no reader has
/// to match colours to a legend, and colours that differ in lightness, so that slices stay apart in grey.
/// </summary>
internal static class DistributionChart
{
    public static void Draw(Plot plot, ChartBlock chart, string language)
    {
        var values = chart.Series.Count > 0 ? chart.Series[0].Values : [];

        // A pie can only show what is there: a missing or non-positive share has no slice (the data table lists it).
        var shares = chart.Categories.Select((category, i) => (Category: category, Value: i < values.Count ? values[i] : null))
            .Where(s => s.Value > 0).Select(s => (s.Category, Value: s.Value!.Value)).ToList();
        var total = shares.Sum(s => s.Value);
        var colors = Palette.Sequential(shares.Count);
        var slices = shares.Select((s, i) => new PieSlice { Value = (double)s.Value, FillColor = colors[i] }).ToList();

        plot.HideAxesAndGrid();
        plot.HideLegend();
        plot.Layout.Frameless();
        if (slices.Count == 0)
        {
            return;
        }

        var pie = plot.Add.Pie(slices);

        // ScottPlot starts at three o'clock and turns clockwise; a reader expects the first slice at twelve.
        pie.Rotation = Angle.FromDegrees(-90);
        pie.LineColor = Colors.White;
        pie.LineWidth = 1.5f;

        // Room beside the pie for the labels; the pie itself keeps square axes.
        pie.Padding = 0.35;

        var labels = shares.Select(s => new PieLabels.Label(s.Category, ValueText(s.Value, total, chart, language), (double)(s.Value / total))).ToList();
        plot.Add.Plottable(new PieLabels(labels) { Axes = pie.Axes });
    }

    /// <summary>"81 %" for shares in percent; a value in another unit also gets its share: "12 ton (6 %)".</summary>
    private static string ValueText(decimal value, decimal total, ChartBlock chart, string language)
    {
        var text = ChartStyle.WithUnit(value, chart.Decimals, chart.Unit, language);
        return chart.Unit == "%" ? text : $"{text} ({NumberText.Percent(value / total * 100, language, 0)})";
    }
}
