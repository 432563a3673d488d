using Hallbar.Data;
using Hallbar.Data.Surveys;
using Hallbar.Web.Site;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Hallbar.Web.Features.Surveys;

/// <summary>A page about one unit's answer to a year's survey, as the person asking may meet it (<see cref="UnitSurvey"/>).</summary>
public abstract class UnitSurveyPageModel(HallbarDbContext db, ModelCache cache, SurveyDesk desk) : PageModel
{
    public UnitSurvey View { get; private set; } = null!;

    /// <summary>Where the answer is changed.</summary>
    protected SurveyDesk Desk => desk;

    /// <summary>Reads the unit's answer; the refusal (404, 403) when the person may not have it, else null.</summary>
    protected async Task<IActionResult?> LoadAsync(string org, int year, string unit, CancellationToken cancellationToken)
    {
        var (found, status) = await UnitSurvey.LoadAsync(db, cache, desk, User, org, year, unit, cancellationToken);
        if (found is null)
        {
            return StatusCode(status);
        }

        View = found;
        return null;
    }
}
