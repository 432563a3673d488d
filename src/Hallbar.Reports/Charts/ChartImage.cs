using Hallbar.Reports.Model;

namespace Hallbar.Reports.Charts;

// STAND-IN until the real chart renderer lands; not committed.
public static class ChartImage
{
    public static string Svg(ChartBlock chart, string language, int width = 720, int height = 405) =>
        $"<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-label=\"{System.Net.WebUtility.HtmlEncode(chart.Title)}\" width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\"><rect width=\"{width}\" height=\"{height}\" fill=\"#eee\"/></svg>";

    public static byte[] Png(ChartBlock chart, string language, int width = 1440, int height = 810) => [];
}
