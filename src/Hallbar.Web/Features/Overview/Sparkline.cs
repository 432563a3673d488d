using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;

namespace Hallbar.Web.Features.Overview;

/// <summary>
/// A word-sized line of a measure's values, drawn on the server as inline SVG (no script, no style
/// attribute, so the content security policy holds), with the figures as its text alternative.
/// </summary>
internal static class Sparkline
{
    private const double Width = 100;
    private const double Height = 28;
    private const double Margin = 4;

    /// <param name="points">Values by year, oldest first; at least two.</param>
    /// <param name="description">What a screen reader hears instead of the line: the figures themselves.</param>
    public static HtmlString Svg(IReadOnlyList<(int Year, decimal Value)> points, string description)
    {
        var (firstYear, lastYear) = (points[0].Year, points[^1].Year);
        var (low, high) = (points.Min(p => p.Value), points.Max(p => p.Value));
        var coordinates = points.Select(p => (
            X: Margin + ((Width - (2 * Margin)) * (lastYear == firstYear ? 0.5 : (double)(p.Year - firstYear) / (lastYear - firstYear))),
            Y: high == low ? Height / 2 : Height - Margin - ((Height - (2 * Margin)) * (double)((p.Value - low) / (high - low)))))
            .ToList();
        var label = HtmlEncoder.Default.Encode(description);
        var svg = new StringBuilder(512);
        svg.Append(CultureInfo.InvariantCulture, $"<svg class=\"sparkline\" width=\"{Width}\" height=\"{Height}\" viewBox=\"0 0 {Width} {Height}\" role=\"img\" aria-label=\"{label}\">")
            .Append("<title>").Append(label).Append("</title><polyline fill=\"none\" stroke=\"currentColor\" stroke-width=\"1.5\" points=\"")
            .AppendJoin(' ', coordinates.Select(c => string.Create(CultureInfo.InvariantCulture, $"{c.X:0.#},{c.Y:0.#}")))
            .Append("\"/>")
            .Append(CultureInfo.InvariantCulture, $"<circle cx=\"{coordinates[^1].X:0.#}\" cy=\"{coordinates[^1].Y:0.#}\" r=\"2.5\" fill=\"currentColor\"/></svg>");
        return new HtmlString(svg.ToString());
    }
}
