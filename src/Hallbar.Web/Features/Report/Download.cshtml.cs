using Hallbar.Reports;
using Hallbar.Reports.Pdf;
using Hallbar.Web.Features.Reading;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Hallbar.Web.Features.Report;

/// <summary>The report as a file: PDF, HTML, DOCX or XLSX, in Swedish or English, named after the organization and year.</summary>
public sealed partial class DownloadModel(YearAccess access, ReportFiles files, ILogger<DownloadModel> logger) : PageModel
{
    public async Task<IActionResult> OnGetAsync(string org, int? year, string? format, string? language, CancellationToken cancellationToken)
    {
        var (shown, refusal) = await access.ResolveAsync(this, org, year, cancellationToken);
        if (shown is null)
        {
            return refusal!;
        }

        if (ReportRenderers.Find(format ?? "pdf") is not { } renderer || ReportChoices.Language(language) is not { } chosen)
        {
            return BadRequest();
        }

        try
        {
            var file = await files.FileAsync(shown.Organization, shown.Year, chosen, renderer, cancellationToken);
            return File(file, renderer.MediaType, ReportChoices.FileName(shown.OrganizationId, shown.Year, chosen, renderer.Format));
        }
        catch (ChromiumNotFoundException e)
        {
            NoChromium(logger, e.Message);
            return StatusCode(StatusCodes.Status503ServiceUnavailable);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "A PDF was asked for, but: {Problem}")]
    private static partial void NoChromium(ILogger logger, string problem);
}
