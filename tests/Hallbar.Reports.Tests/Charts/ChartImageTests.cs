using System.Buffers.Binary;
using System.Xml.Linq;
using AngleSharp.Html.Parser;
using Hallbar.Reports.Charts;
using Hallbar.Reports.Model;

namespace Hallbar.Reports.Tests.Charts;

public sealed class ChartImageTests
{
    private const char Nbsp = '\u00A0';
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    [Fact]
    public void Svg_DemoDistribution_NamesEverySliceWithItsShare()
    {
        var chart = DemoChart("diagram-fordelning-klimatutslapp");

        var text = Texts(ChartImage.Svg(chart, "sv"));

        foreach (var share in new[] { "6", "12", "0,2", "81" })
        {
            Assert.Contains($"{share}{Nbsp}%", text);
        }

        // Names are wrapped onto lines beside the pie; read in order they make the category again.
        var joined = string.Join(' ', text);
        foreach (var category in chart.Categories)
        {
            Assert.Contains(category, joined, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Svg_English_WritesDecimalPoint()
    {
        var text = Texts(ChartImage.Svg(DemoChart("diagram-fordelning-klimatutslapp", "en"), "en"));

        Assert.Contains($"0.2{Nbsp}%", text);
        Assert.DoesNotContain($"0,2{Nbsp}%", text);
    }

    [Fact]
    public void Svg_DemoTrend_HasLegendForEverySeriesAndUnitOnAxis()
    {
        var chart = DemoChart("trend-utslapp-fastigheter-drift");

        var text = Texts(ChartImage.Svg(chart, "sv"));

        Assert.Equal(["Utfall", "Basvärde 2019", "Målvärde 2030", "I takt med målet"], chart.Series.Select(s => s.Name));
        foreach (var series in chart.Series)
        {
            Assert.Contains(series.Name, text);
        }

        Assert.Contains("%", text);
        Assert.Contains("2019", text);
        Assert.Contains("2030", text);
    }

    [Fact]
    public void Svg_SwedishTrend_WritesTicksWithDecimalComma()
    {
        var text = Texts(ChartImage.Svg(Gaps(), "sv"));

        Assert.Contains("4,5", text);
        Assert.DoesNotContain("4.5", text);
    }

    [Fact]
    public void Svg_InPacePath_IsDashedAndOutcomesAreNot()
    {
        var chart = DemoChart("trend-utslapp-fastigheter-drift");

        var svg = XElement.Parse(ChartImage.Svg(chart, "sv"));

        var dashed = svg.Descendants().Where(p => p.Attribute("stroke-dasharray") is not null).ToList();
        Assert.NotEmpty(dashed);
        Assert.All(dashed, p => Assert.Equal(Hex(TrendChart.DashedColors[0]), (string?)p.Attribute("stroke"), StringComparer.OrdinalIgnoreCase));
        Assert.DoesNotContain(svg.Descendants(), p => string.Equals((string?)p.Attribute("stroke"), Hex(TrendChart.LineColors[0]), StringComparison.OrdinalIgnoreCase) && p.Attribute("stroke-dasharray") is not null);
    }

    [Fact]
    public void Svg_NullValues_DrawNeitherPointNorLineAcrossTheGap()
    {
        // 5, -, 4.2, 4.1, -, 3.9, 3.5: five points, and lines only 2021-2022 and 2024-2025.
        var svg = XElement.Parse(ChartImage.Svg(Gaps(), "sv"));
        var outcome = Hex(TrendChart.LineColors[0]);

        var dots = svg.Descendants().Count(e => e.Name.LocalName is "circle" or "ellipse" && string.Equals((string?)e.Attribute("fill"), outcome, StringComparison.OrdinalIgnoreCase));
        var lines = svg.Descendants()
            .Where(p => string.Equals((string?)p.Attribute("stroke"), outcome, StringComparison.OrdinalIgnoreCase))
            .Select(p => p.Name.LocalName switch
            {
                "polyline" => ((string?)p.Attribute("points") ?? string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries).Length - 1,
                "line" => 1,
                _ => ((string?)p.Attribute("d") ?? string.Empty).Count(c => c == 'L'),
            })
            .ToList();

        // One dot more: the legend's sample, which also has the one line drawn in the legend.
        Assert.Equal(5 + 1, dots);
        Assert.Equal(2 + 1, lines.Sum());
    }

    [Fact]
    public void Svg_TwoChartsOnOnePage_ShareNoIdAndResolveTheirOwnReferences()
    {
        // The pie's slices are clipped and filled by reference; trend charts are written without ids at all.
        var first = ChartImage.Svg(DemoChart("diagram-fordelning-klimatutslapp") with { Id = "trend-utslapp-fastigheter-drift" }, "sv");
        var second = ChartImage.Svg(DemoChart("diagram-fordelning-klimatutslapp"), "sv");

        var firstIds = Ids(first);
        var secondIds = Ids(second);

        Assert.NotEmpty(firstIds);
        Assert.Empty(firstIds.Intersect(secondIds));
        Assert.All(firstIds, id => Assert.StartsWith("trend-utslapp-fastigheter-drift-svg-", id, StringComparison.Ordinal));
        foreach (var (svg, ids) in new[] { (first, firstIds), (second, secondIds) })
        {
            var references = XElement.Parse(svg).DescendantsAndSelf().Attributes()
                .SelectMany(a => System.Text.RegularExpressions.Regex.Matches(a.Value, @"url\(#([^)]+)\)").Select(m => m.Groups[1].Value));
            Assert.All(references, r => Assert.Contains(r, ids));
        }
    }

    [Fact]
    public void Svg_InlinedInHtml5_IsOneLabelledImage()
    {
        var chart = DemoChart("diagram-fordelning-klimatutslapp");
        var markup = ChartImage.Svg(chart, "sv");

        Assert.StartsWith("<svg", markup, StringComparison.Ordinal);
        Assert.DoesNotContain("<?xml", markup, StringComparison.Ordinal);
        Assert.DoesNotContain("DOCTYPE", markup, StringComparison.OrdinalIgnoreCase);
        var document = new HtmlParser().ParseDocument($"<!DOCTYPE html><html lang=\"sv\"><head><title>t</title></head><body><figure>{markup}</figure></body></html>");
        var svg = Assert.Single(document.QuerySelectorAll("figure > svg"));
        Assert.Equal("img", svg.GetAttribute("role"));
        Assert.Equal(chart.Title, svg.GetAttribute("aria-label"));
        Assert.Equal("0 0 720 405", svg.GetAttribute("viewBox"));
        Assert.Contains($"81{Nbsp}%", svg.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Svg_DemoTrend_IsTensOfKilobytes()
    {
        var markup = ChartImage.Svg(DemoChart("trend-utslapp-fastigheter-drift"), "sv");

        Assert.InRange(markup.Length, 1_000, 50_000);
    }

    [Theory]
    // The size DOCX gets by default: the 720 × 405 layout at twice the resolution.
    [InlineData(1440, 810)]
    // Any other size is honoured exactly, not rounded to the layout's aspect ratio.
    [InlineData(800, 600)]
    public void Png_RequestedSize_IsPngOfThatSize(int width, int height)
    {
        var png = ChartImage.Png(DemoChart("trend-utslapp-fastigheter-drift"), "sv", width, height);

        Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A }, png[..8]);
        Assert.Equal("IHDR", System.Text.Encoding.ASCII.GetString(png, 12, 4));
        Assert.Equal(width, BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16, 4)));
        Assert.Equal(height, BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20, 4)));
    }

    [Fact]
    public void Png_RenderedConcurrently_IsTheSameAsAlone()
    {
        var charts = Demo.Report().Chapters.SelectMany(Blocks).OfType<ChartBlock>().Append(Survey()).Append(Gaps()).ToList();
        var alone = charts.Select(c => ChartImage.Png(c, "sv", 720, 405)).ToList();

        var together = new byte[charts.Count * 4][];
        Parallel.For(0, together.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i => together[i] = ChartImage.Png(charts[i % charts.Count], "sv", 720, 405));

        for (var i = 0; i < together.Length; i++)
        {
            Assert.Equal(alone[i % charts.Count], together[i]);
        }
    }

    [Fact]
    public void Svg_StackedBars_NamesStatementsAndResponsesAndLabelsSegmentsThatFit()
    {
        var chart = Survey();

        var text = Texts(ChartImage.Svg(chart, "sv"));

        var joined = string.Join(' ', text);
        foreach (var statement in chart.Categories)
        {
            Assert.Contains(statement, joined, StringComparison.Ordinal);
        }

        foreach (var response in chart.Series)
        {
            Assert.Contains(response.Name, text);
        }

        Assert.Contains($"43{Nbsp}%", text);
        Assert.Equal(2, text.Count(t => t == $"57{Nbsp}%"));

        // 2 % of the bar is too narrow for its figure, which the data table beside the chart gives instead.
        Assert.DoesNotContain($"2{Nbsp}%", text);
    }

    [Fact]
    public void Svg_StackedBars_ShowsTheResponsesInTheirOrderWithDistinctFills()
    {
        var svg = XElement.Parse(ChartImage.Svg(Survey(), "sv"));

        // The first statement's bar, read from left to right, has one fill per response in the scale's order.
        var fills = Palette.Sequential(Survey().Series.Count).Select(Hex).ToList();
        Assert.Equal(fills.Count, fills.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.All(fills, f => Assert.Contains(svg.Descendants(), e => string.Equals((string?)e.Attribute("fill"), f, StringComparison.OrdinalIgnoreCase)));
    }

    [Fact]
    public void Palette_Sequential_StaysApartInGrey()
    {
        foreach (var count in new[] { 2, 4, 7 })
        {
            var luminances = Palette.Sequential(count).Select(Palette.Luminance).ToList();

            // Lightness rises from one colour to the next, by a step a reader sees in a grey print.
            Assert.All(luminances.Zip(luminances.Skip(1)), pair => Assert.True(pair.Second - pair.First > 0.02, $"{pair.First} then {pair.Second} of {count}"));
        }
    }

    [Fact]
    public void Svg_DistributionWithoutValues_DrawsAnEmptyChart()
    {
        var chart = new ChartBlock("empty", ChartKind.Distribution, "Tom", "Inga värden.", ["A", "B"], [new ChartSeries("Andel", [null, null])]) { CategoryHeader = "Område", Unit = "%" };

        var text = Texts(ChartImage.Svg(chart, "sv"));

        Assert.DoesNotContain("A", text);
    }

    [Theory]
    // Shares far from zero: an axis from 0 would flatten them (180 to 190 kWh/m² over 0 to 190).
    [InlineData(new[] { 180.0, 190.0 }, false)]
    // Changes that stay under 25 % of the value: the same.
    [InlineData(new[] { 3.6, 4.5 }, false)]
    // Values that fill a large part of the way to zero: the axis starts at zero, as a reader assumes.
    [InlineData(new[] { 30.0, 60.0 }, true)]
    // Change against a base year: the base value 0 is a point of the chart.
    [InlineData(new[] { 0.0, -36.0, -50.0 }, true)]
    public void ValueRange_IncludesZeroWhereTheFiguresAllowIt(double[] values, bool includesZero)
    {
        var chart = new ChartBlock("t", ChartKind.Trend, "t", "t", [.. values.Select((_, i) => (2020 + i).ToString())], [new ChartSeries("Utfall", [.. values.Select(v => (decimal?)v)])]) { CategoryHeader = "År" };

        var (low, high) = TrendChart.ValueRange(chart);

        Assert.Equal(includesZero, low <= 0 && high >= 0);
        Assert.True(low < values.Min() || low == 0);
        Assert.True(high > values.Max() || high == 0);
    }

    [Fact]
    public void ChartFont_IsInstalled()
    {
        // Without fonts-dejavu-core, Skia falls back to a font that may lack å, ä and ö in the PNG.
        Assert.Equal(ChartStyle.FontName, ScottPlot.Fonts.GetTypeface(ChartStyle.FontName, bold: false, italic: false).FamilyName);
    }

    private static ChartBlock DemoChart(string id, string language = "sv") =>
        Demo.Report(language).Chapters.SelectMany(Blocks).OfType<ChartBlock>().Single(c => c.Id == id);

    private static IEnumerable<Block> Blocks(Chapter chapter) => chapter.Blocks.Concat(chapter.Children.SelectMany(Blocks));

    private static List<string> Texts(string svg) => [.. XElement.Parse(svg).Descendants(Svg + "text").Select(t => t.Value)];

    private static HashSet<string> Ids(string svg) => [.. XElement.Parse(svg).DescendantsAndSelf().Attributes("id").Select(a => a.Value)];

    private static string Hex(ScottPlot.Color color) => color.ToHex();

    private static ChartBlock Gaps() => new("gaps", ChartKind.Trend, "Energi", "Energi per år.", ["2019", "2020", "2021", "2022", "2023", "2024", "2025"],
        [new ChartSeries("Utfall", [5m, null, 4.2m, 4.1m, null, 3.9m, 3.5m]), new ChartSeries("Målvärde 2025", [null, null, null, null, null, null, 3m], SeriesStyle.Markers)])
    {
        CategoryHeader = "År",
        Unit = "kWh/km",
    };

    private static ChartBlock Survey() => new("survey", ChartKind.StackedBars, "Självskattning", "Svar per påstående.",
        ["Förvaltningen har en tydlig struktur för sitt hållbarhetsarbete", "Hållbarhet ingår i verksamhetsplanen", "Medarbetarna känner till regionens hållbarhetsmål"],
        [
            new ChartSeries("Instämmer helt", [43m, 14m, 0m]),
            new ChartSeries("Instämmer delvis", [29m, 57m, 41m]),
            new ChartSeries("Instämmer inte", [26m, 29m, 57m]),
            new ChartSeries("Vet ej", [2m, null, 2m]),
        ])
    {
        CategoryHeader = "Påstående",
        Unit = "%",
        Decimals = 0,
    };
}
