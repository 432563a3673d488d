using Hallbar.Domain.Surveys;
using Hallbar.Reports.Building;
using Hallbar.Reports.Html;
using Hallbar.Web.Features.Reading;
using Hallbar.Web.Site;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Hallbar.Web.Features.Surveys;

/// <summary>
/// A year's self-assessment results: the report's Bilaga 1 chart with its text alternative and data, the
/// counts behind every share, the change from the year before and the free texts, rendered by the report's
/// own HTML renderer so the page and the report cannot differ.
/// </summary>
public sealed class ResultsModel(YearAccess access) : PageModel
{
    public ShownYear Shown { get; private set; } = null!;

    public SurveyResult Result { get; private set; } = null!;

    public Survey Survey => Result.Survey;

    /// <summary>The results' sections (statements, free texts) as the report renders them, headed at the page's second level.</summary>
    public HtmlString Sections { get; private set; } = HtmlString.Empty;

    /// <summary>Other years with a survey the viewer may see, newest first.</summary>
    public IReadOnlyList<int> OtherYears { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string org, int year, CancellationToken cancellationToken)
    {
        var (shown, result, refusal) = await ResultsAccess.ResolveAsync(access, this, org, year, cancellationToken);
        if (shown is null || result is null)
        {
            return refusal!;
        }

        Shown = shown;
        Result = result;
        OtherYears = [.. shown.Model.Surveys.Select(s => s.Year).Where(y => y != year && shown.Years.Contains(y)).OrderDescending()];
        if (result.Submitted > 0)
        {
            var report = SurveyReport.Page(shown.Model, result, Ui.Language);
            Sections = new HtmlString(string.Concat(report.Chapters.Select(c => HtmlReportRenderer.RenderSection(report, c, 2))));
        }

        return Page();
    }
}
