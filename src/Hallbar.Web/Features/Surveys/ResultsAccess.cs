using Hallbar.Domain.Surveys;
using Hallbar.Web.Features.Reading;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Hallbar.Web.Features.Surveys;

/// <summary>
/// A year's survey results as a reading page may show them: the public sees a published year's, anyone
/// signed in every year's (<see cref="YearAccess"/>); a year the viewer may see without a survey is not found.
/// </summary>
public static class ResultsAccess
{
    public static async Task<(ShownYear? Shown, SurveyResult? Result, IActionResult? Refusal)> ResolveAsync(
        YearAccess access, PageModel page, string org, int year, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(access);
        ArgumentNullException.ThrowIfNull(page);
        var (shown, refusal) = await access.ResolveAsync(page, org, year, cancellationToken);
        if (shown is null)
        {
            return (null, null, refusal);
        }

        return shown.Model.SurveyResultFor(year) is { } result ? (shown, result, null) : (null, null, page.NotFound());
    }
}
