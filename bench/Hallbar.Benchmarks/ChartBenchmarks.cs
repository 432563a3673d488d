using BenchmarkDotNet.Attributes;
using Hallbar.Reports.Charts;
using Hallbar.Reports.Model;

namespace Hallbar.Benchmarks;

/// <summary>
/// Drawing one chart of each kind as SVG (the HTML report) and as PNG (DOCX) on one core. The demo report has
/// nine charts, so its HTML budget of 100 ms leaves about 10 ms a chart.
/// </summary>
[Config(typeof(OneCoreConfig))]
public class ChartBenchmarks
{
    private static readonly ChartBlock Distribution = new("fordelning", ChartKind.Distribution, "Fördelning klimatutsläpp 2025", "Fördelning.",
        ["Fastigheter - drift", "Resor och transporter", "Tjänsteresor", "Inköp- och resursförbrukning"],
        [new ChartSeries("Andel", [6m, 12m, 0.2m, 81m])])
    {
        CategoryHeader = "Område",
        Unit = "%",
    };

    // Base year 2019, outcomes 2022-2024 and the path to the 2030 target, as the demo's emission charts have.
    private static readonly ChartBlock Trend = new("trend", ChartKind.Trend, "Fastigheter - drift", "Utfall per år.",
        [.. Enumerable.Range(2019, 12).Select(y => y.ToString(System.Globalization.CultureInfo.InvariantCulture))],
        [
            new ChartSeries("Utfall", [null, null, null, -30m, -29m, -36m, null, null, null, null, null, null]),
            new ChartSeries("Basvärde 2019", [0m, null, null, null, null, null, null, null, null, null, null, null], SeriesStyle.Markers),
            new ChartSeries("Målvärde 2030", [null, null, null, null, null, null, null, null, null, null, null, -50m], SeriesStyle.Markers),
            new ChartSeries("I takt med målet", [.. Enumerable.Range(0, 12).Select(i => (decimal?)Math.Round(-50m * i / 11, 2))], SeriesStyle.Dashed),
        ])
    {
        CategoryHeader = "År",
        Unit = "%",
        Decimals = 0,
    };

    // Ten statements on a four-step scale, as a self-assessment survey of the kind in Bilaga 1.
    private static readonly ChartBlock StackedBars = new("enkat", ChartKind.StackedBars, "Självskattning", "Svar per påstående.",
        [.. Enumerable.Range(1, 10).Select(i => $"Påstående {i} om förvaltningens hållbarhetsarbete")],
        [
            new ChartSeries("Instämmer helt", [.. Enumerable.Range(0, 10).Select(i => (decimal?)(10 + (3 * i)))]),
            new ChartSeries("Instämmer delvis", [.. Enumerable.Range(0, 10).Select(_ => (decimal?)40)]),
            new ChartSeries("Instämmer inte", [.. Enumerable.Range(0, 10).Select(i => (decimal?)(40 - (3 * i)))]),
            new ChartSeries("Vet ej", [.. Enumerable.Range(0, 10).Select(_ => (decimal?)10)]),
        ])
    {
        CategoryHeader = "Påstående",
        Unit = "%",
        Decimals = 0,
    };

    [Benchmark]
    public string DistributionSvg() => ChartImage.Svg(Distribution, "sv");

    [Benchmark]
    public byte[] DistributionPng() => ChartImage.Png(Distribution, "sv");

    [Benchmark(Baseline = true)]
    public string TrendSvg() => ChartImage.Svg(Trend, "sv");

    [Benchmark]
    public byte[] TrendPng() => ChartImage.Png(Trend, "sv");

    [Benchmark]
    public string StackedBarsSvg() => ChartImage.Svg(StackedBars, "sv");

    [Benchmark]
    public byte[] StackedBarsPng() => ChartImage.Png(StackedBars, "sv");
}
