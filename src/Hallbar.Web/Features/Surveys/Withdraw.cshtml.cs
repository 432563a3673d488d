using Hallbar.Data;
using Hallbar.Data.Surveys;
using Hallbar.Web.Site;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Hallbar.Web.Features.Surveys;

/// <summary>
/// The admin takes a unit out of the survey's utskick (sent to it by mistake), said in full before it is
/// done: a draft the unit has saved goes with it. From the answer as shown; a draft saved meanwhile is shown
/// and must be confirmed again. A submitted answer counts in the results and must be reopened first.
/// </summary>
[Authorize(Policy = Accounts.AdminPolicy)]
public sealed class WithdrawModel(HallbarDbContext db, ModelCache cache, SurveyDesk desk) : UnitSurveyPageModel(db, cache, desk)
{
    /// <summary>The answer's version as shown; none when the unit has not begun.</summary>
    [BindProperty]
    public int? ReadVersion { get; set; }

    public string? Problem { get; private set; }

    public async Task<IActionResult> OnGetAsync(string org, int year, string unit, CancellationToken cancellationToken)
    {
        if (await LoadAsync(org, year, unit, cancellationToken) is { } refused)
        {
            return refused;
        }

        ReadVersion = View.Stored?.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string org, int year, string unit, CancellationToken cancellationToken)
    {
        if (await LoadAsync(org, year, unit, cancellationToken) is { } refused)
        {
            return refused;
        }

        var result = await Desk.WithdrawAsync(org, View.Survey.Id, unit, ReadVersion, Person.Of(User), cancellationToken);
        if (result.IsSaved)
        {
            TempData[nameof(IndexModel.Done)] = Ui.Of(result);
            return RedirectToPage("Index", new { org, year });
        }

        await LoadAsync(org, year, unit, cancellationToken);
        ReadVersion = View.Stored?.Version;
        Problem = Ui.Of(result);
        return Page();
    }
}
