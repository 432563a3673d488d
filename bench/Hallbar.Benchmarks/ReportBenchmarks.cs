using BenchmarkDotNet.Attributes;
using Hallbar.Domain;
using Hallbar.ModelFile;
using Hallbar.Reports.Building;
using Hallbar.Reports.Html;
using Hallbar.Reports.Pdf;

namespace Hallbar.Benchmarks;

/// <summary>
/// The report from model to file on one core. Targets: the demo report as HTML in under 100 ms and as
/// PDF in under 3 s; a synthetic organization with 2 000 measures as HTML in under 1 s.
/// </summary>
[Config(typeof(OneCoreConfig))]
public class ReportBenchmarks
{
    private OrganizationModel _demo = null!;
    private OrganizationModel _large = null!;
    private PdfPrinter _printer = null!;

    [GlobalSetup]
    public async Task Setup()
    {
        var file = Path.Combine(AppContext.BaseDirectory, "demo.json");
        _demo = ModelFileReader.Read(File.ReadAllBytes(file)).Model!;
        // 5 areas × 5 goals × 5 indicators × 16 measures = 2 000 measures with 15 years each.
        _large = SyntheticModel.Create(fanOut: 5, measuresPerIndicator: 16, years: 15);
        _printer = await PdfPrinter.LaunchAsync();
    }

    [GlobalCleanup]
    public async Task Cleanup() => await _printer.DisposeAsync();

    [Benchmark(Baseline = true)]
    public string DemoAsHtml() => HtmlReportRenderer.RenderDocument(ReportBuilder.Build(_demo, 2025));

    /// <summary>Printed by a running Chromium, as the web application keeps one.</summary>
    [Benchmark]
    public async Task<int> DemoAsPdf()
    {
        using var output = new MemoryStream();
        await new PdfReportRenderer(_printer).RenderAsync(ReportBuilder.Build(_demo, 2025), output);
        return (int)output.Length;
    }

    [Benchmark]
    public string TwoThousandMeasuresAsHtml() => HtmlReportRenderer.RenderDocument(ReportBuilder.Build(_large, SyntheticModel.FirstYear + 14));
}
