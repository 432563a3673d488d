using Hallbar.Reports.Docx;
using Hallbar.Reports.Html;
using Hallbar.Reports.Pdf;
using Hallbar.Reports.Xlsx;

namespace Hallbar.Reports;

/// <summary>Every format the report is written in.</summary>
public static class ReportRenderers
{
    public static IReadOnlyList<IReportRenderer> All { get; } = [new HtmlReportRenderer(), new PdfReportRenderer(), new DocxRenderer(), new XlsxRenderer()];

    public static IEnumerable<string> Formats => All.Select(r => r.Format);

    public static IReportRenderer? Find(string format) =>
        All.FirstOrDefault(r => string.Equals(r.Format, format, StringComparison.OrdinalIgnoreCase));
}
