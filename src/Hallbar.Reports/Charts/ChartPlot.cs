using Hallbar.Reports.Model;
using ScottPlot;

namespace Hallbar.Reports.Charts;

/// <summary>The ScottPlot plot for a chart of any kind; the caller renders and disposes it.</summary>
internal static class ChartPlot
{
    /// <param name="height">The height in layout pixels: the image's height divided by its scale factor.</param>
    public static Plot Create(ChartBlock chart, string language, ChartTarget target, double height)
    {
        var plot = ChartStyle.NewPlot();
        try
        {
            switch (chart.Kind)
            {
                case ChartKind.Distribution:
                    DistributionChart.Draw(plot, chart, language);
                    break;
                case ChartKind.Trend:
                    TrendChart.Draw(plot, chart, language, target);
                    break;
                case ChartKind.StackedBars:
                    StackedBarsChart.Draw(plot, chart, language, height);
                    break;
                default:
                    throw new ArgumentOutOfRangeException(nameof(chart), chart.Kind, "A chart kind without a drawing.");
            }

            ChartStyle.ApplyFont(plot);
            return plot;
        }
        catch
        {
            plot.Dispose();
            throw;
        }
    }
}
