using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Hallbar.Reports.Charts;

/// <summary>Turns the SVG document SkiaSharp writes into an element that can be inlined in HTML5.</summary>
internal static partial class SvgMarkup
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";
    private static readonly XNamespace XLink = "http://www.w3.org/1999/xlink";

    public static string ForHtml(string document, string chartId, string label, int width, int height)
    {
        var root = XDocument.Parse(document).Root ?? throw new InvalidOperationException("ScottPlot wrote an empty SVG document.");

        // Skia's ids ("cl_2f") are unique only among the clip paths one process draws, and its gradients and
        // patterns are counted from 0 in every document: a page of charts drawn at different times could repeat one.
        var prefix = IdSafe().Replace(chartId, "-") + "-svg-";
        var ids = root.Descendants().Attributes("id").Select(a => a.Value).Distinct(StringComparer.Ordinal).ToDictionary(id => id, id => prefix + id, StringComparer.Ordinal);
        foreach (var id in root.Descendants().Attributes("id"))
        {
            id.Value = ids[id.Value];
        }

        foreach (var attribute in root.DescendantsAndSelf().Attributes().Where(a => !a.IsNamespaceDeclaration && a.Value.Contains('#', StringComparison.Ordinal)))
        {
            attribute.Value = Reference().Replace(attribute.Value, m => ids.TryGetValue(m.Groups["id"].Value, out var renamed) ? m.Value.Replace(m.Groups["id"].Value, renamed, StringComparison.Ordinal) : m.Value);
        }

        var dashed = TrendChart.DashedColors.Select(c => c.ToHex()).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var stroke in root.Descendants().Attributes("stroke").Where(a => dashed.Contains(a.Value)))
        {
            stroke.Parent!.SetAttributeValue("stroke-dasharray", TrendChart.SvgDashes);
        }

        foreach (var text in root.Descendants(Svg + "text"))
        {
            // Skia ends its lists of glyph positions with a comma, which the SVG grammar does not allow.
            foreach (var position in text.Attributes().Where(a => a.Name.LocalName is "x" or "y"))
            {
                position.Value = string.Join(' ', position.Value.Split([',', ' '], StringSplitOptions.RemoveEmptyEntries));
            }

            text.SetAttributeValue("font-family", ChartStyle.SvgFontFamily);
            foreach (var node in text.Nodes().OfType<XText>())
            {
                // Only the indentation Skia writes; a no-break space inside "81 %" is kept.
                node.Value = node.Value.Trim('\n', '\r', '\t', ' ');
            }
        }

        if (!root.Descendants().Attributes().Any(a => a.Name.Namespace == XLink))
        {
            root.Attributes().Where(a => a.IsNamespaceDeclaration && a.Value == XLink.NamespaceName).Remove();
        }

        root.SetAttributeValue("width", width.ToString(CultureInfo.InvariantCulture));
        root.SetAttributeValue("height", height.ToString(CultureInfo.InvariantCulture));
        root.SetAttributeValue("viewBox", string.Create(CultureInfo.InvariantCulture, $"0 0 {width} {height}"));
        root.SetAttributeValue("role", "img");
        root.SetAttributeValue("aria-label", label);
        return root.ToString(SaveOptions.DisableFormatting);
    }

    [GeneratedRegex("[^A-Za-z0-9_-]")]
    private static partial Regex IdSafe();

    [GeneratedRegex(@"(url\(#|^#)(?<id>[^)\s]+)")]
    private static partial Regex Reference();
}
