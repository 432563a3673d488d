using Hallbar.Domain.Formatting;
using ScottPlot;

namespace Hallbar.Reports.Charts;

/// <summary>The look the report's charts share: type, text colour, and how numbers are written on them.</summary>
internal static class ChartStyle
{
    /// <summary>
    /// Debian's fonts-dejavu-core, which has åäö and every Latin letter a Swedish report needs. SVG text keeps
    /// the glyph positions measured with it, so browsers without it fall back to Verdana, whose metrics are close.
    /// </summary>
    public const string FontName = "DejaVu Sans";

    public const string SvgFontFamily = "'DejaVu Sans', Verdana, sans-serif";

    public const float FontSize = 13;

    public const float SmallFontSize = 12;

    public static readonly Color Text = Color.FromHex("#1A1A1A");

    public static readonly Color Axis = Color.FromHex("#595959");

    public static readonly Color Grid = Color.FromHex("#E3E3E3");

    /// <summary>A plot with a white background and no title.</summary>
    public static Plot NewPlot()
    {
        var plot = new Plot();
        plot.FigureBackground.Color = Colors.White;
        plot.DataBackground.Color = Colors.White;
        return plot;
    }

    /// <summary>
    /// The report's type on the plot's axes and legend. Not <c>plot.Font.Set</c>: that also sets ScottPlot's
    /// process-wide default font and weight, which would race between concurrent renders and undo bold text.
    /// </summary>
    public static void ApplyFont(Plot plot)
    {
        foreach (var axis in plot.Axes.GetAxes())
        {
            axis.Label.FontName = FontName;
            axis.TickLabelStyle.FontName = FontName;
        }

        plot.Axes.Title.Label.FontName = FontName;
        plot.Legend.FontName = FontName;
    }

    /// <summary>A number on an axis or a label: "-4,5" in Swedish, "-4.5" in English, without float noise.</summary>
    public static string Number(double value, string language) =>
        NumberText.Number((decimal)Math.Round(value, 6), language);

    public static string WithUnit(decimal value, int decimals, string? unit, string language) =>
        NumberText.WithUnit(Math.Round(value, decimals, MidpointRounding.AwayFromZero), unit, language);

    /// <summary>
    /// Near black or white, whichever contrasts more with the fill: 4.5:1 or more on most of the palette, and no
    /// less than 4.2:1 on the mid blue-green where the two meet.
    /// </summary>
    public static Color TextOn(Color fill)
    {
        var luminance = Palette.Luminance(fill);
        var onWhite = 1.05 / (luminance + 0.05);
        var onText = (luminance + 0.05) / (Palette.Luminance(Text) + 0.05);
        return onText >= onWhite ? Text : Colors.White;
    }
}
