using Hallbar.Reports.Building;
using Hallbar.Reports.Xlsx;
using Hallbar.Web.Features.Reading;
using Hallbar.Web.Site;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Hallbar.Web.Features.Surveys;

/// <summary>A year's survey results as a workbook: the distribution as figures with the change from the year before, and the free texts.</summary>
public sealed class ResultsXlsxModel(YearAccess access) : PageModel
{
    public async Task<IActionResult> OnGetAsync(string org, int year, CancellationToken cancellationToken)
    {
        var (shown, result, refusal) = await ResultsAccess.ResolveAsync(access, this, org, year, cancellationToken);
        if (shown is null || result is null)
        {
            return refusal!;
        }

        var renderer = new XlsxRenderer();
        using var output = new MemoryStream();
        await renderer.RenderAsync(SurveyReport.Workbook(shown.Model, result, Ui.Language), output, cancellationToken);
        return File(output.ToArray(), renderer.MediaType, $"{org}-sjalvskattning-{year}.xlsx");
    }
}
