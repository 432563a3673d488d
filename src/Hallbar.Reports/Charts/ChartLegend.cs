using ScottPlot;

namespace Hallbar.Reports.Charts;

/// <summary>The legend under the plot, in one row where it fits, never over the data.</summary>
internal static class ChartLegend
{
    public static void Below(Plot plot)
    {
        var panel = plot.ShowLegend(Edge.Bottom);
        panel.Padding = new PixelPadding(left: 0, right: 0, bottom: 6, top: 10);
        plot.Axes.Bottom.Label.IsVisible = false;
        plot.Legend.FontSize = ChartStyle.SmallFontSize;
        plot.Legend.FontColor = ChartStyle.Text;
        plot.Legend.OutlineWidth = 0;
        plot.Legend.ShadowColor = Colors.Transparent;
        plot.Legend.ShadowOffset = new PixelOffset(0, 0);
        plot.Legend.SymbolWidth = 28;
        plot.Legend.SymbolHeight = 20;
        plot.Legend.TightHorizontalWrapping = true;
        plot.Legend.Margin = new PixelPadding(0);
        plot.Legend.Padding = new PixelPadding(4);
        plot.Legend.Orientation = Orientation.Horizontal;
    }
}
