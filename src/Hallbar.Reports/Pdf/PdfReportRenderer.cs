using Hallbar.Reports.Html;
using Hallbar.Reports.Model;

namespace Hallbar.Reports.Pdf;

/// <summary>
/// The report as a tagged PDF: the HTML report printed by headless Chromium. With a printer (the web
/// application keeps one) prints share its browser; without, each print launches its own.
/// </summary>
public sealed class PdfReportRenderer(PdfPrinter? printer = null) : IReportRenderer
{
    public string Format => "pdf";

    public string MediaType => "application/pdf";

    public async Task RenderAsync(Report report, Stream output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(output);
        var html = HtmlReportRenderer.RenderDocument(report);
        var pdf = printer is null
            ? await PdfPrinter.PrintOnceAsync(html, cancellationToken: cancellationToken)
            : await printer.PrintAsync(html, cancellationToken);
        await output.WriteAsync(pdf, cancellationToken);
    }
}
