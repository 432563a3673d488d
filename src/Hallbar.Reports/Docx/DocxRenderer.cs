using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using Hallbar.Reports.Model;

namespace Hallbar.Reports.Docx;

/// <summary>
/// Writes the report as a Word document a region can take into its annual report: Word's own
/// heading styles, a table of contents Word fills on opening, tables with repeating header rows,
/// charts as pictures with alternative text and their data, and Markdown footnotes as footnotes.
/// </summary>
public sealed class DocxRenderer : IReportRenderer
{
    public string Format => "docx";

    public string MediaType => "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    public async Task RenderAsync(Report report, Stream output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);

        // The package is written to memory first: a zip package needs a stream it can seek, and
        // the output may be a response body that cannot.
        using var buffer = new MemoryStream();
        using (var document = WordprocessingDocument.Create(buffer, WordprocessingDocumentType.Document))
        {
            new ReportWriter(document, report).Write();
        }

        buffer.Position = 0;
        await buffer.CopyToAsync(output, cancellationToken);
    }
}
