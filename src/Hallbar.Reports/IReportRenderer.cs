using Hallbar.Reports.Model;

namespace Hallbar.Reports;

/// <summary>Writes a report in one format.</summary>
public interface IReportRenderer
{
    /// <summary>The format's name on the command line and in URLs: "html", "pdf", "docx", "xlsx".</summary>
    string Format { get; }

    string MediaType { get; }

    Task RenderAsync(Report report, Stream output, CancellationToken cancellationToken = default);
}
