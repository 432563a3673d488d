using Hallbar.Data;
using Hallbar.Data.Surveys;
using Hallbar.Web.Site;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Hallbar.Web.Features.Surveys;

/// <summary>
/// The admin reopens a unit's submitted answer, with a reason kept in the history, so that the unit's
/// reporters can change it and submit it again; said in full before it is done, as the round steps are.
/// </summary>
[Authorize(Policy = Accounts.AdminPolicy)]
public sealed class ReopenModel(HallbarDbContext db, ModelCache cache, SurveyDesk desk) : UnitSurveyPageModel(db, cache, desk)
{
    public const string ReasonId = "skal";

    [BindProperty]
    public string? Reason { get; set; }

    [BindProperty]
    public int ReadVersion { get; set; }

    public string? Problem { get; private set; }

    public List<FieldError> Errors { get; } = [];

    public async Task<IActionResult> OnGetAsync(string org, int year, string unit, CancellationToken cancellationToken)
    {
        if (await LoadAsync(org, year, unit, cancellationToken) is { } refused)
        {
            return refused;
        }

        ReadVersion = View.Stored?.Version ?? 0;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string org, int year, string unit, CancellationToken cancellationToken)
    {
        if (await LoadAsync(org, year, unit, cancellationToken) is { } refused)
        {
            return refused;
        }

        if (!View.IsSubmitted)
        {
            return Page();
        }

        if (string.IsNullOrWhiteSpace(Reason))
        {
            Errors.Add(new(ReasonId, Ui.T("Skriv varför svaren öppnas igen; skälet sparas i historiken.", "Say why the answers are reopened; the reason is kept in the history.")));
            return Page();
        }

        var result = await Desk.ReopenAsync(org, View.Survey.Id, unit, Reason.Trim(), ReadVersion, Person.Of(User), cancellationToken);
        if (result.IsSaved)
        {
            TempData[nameof(IndexModel.Done)] = Ui.T($"Svaren för {View.Unit.Name} är öppnade igen: förvaltningen kan ändra dem och skicka in dem på nytt.",
                $"The answers for {View.Unit.Name} are reopened: the unit can change them and submit them again.");
            return RedirectToPage("Index", new { org, year });
        }

        await LoadAsync(org, year, unit, cancellationToken);
        ReadVersion = View.Stored?.Version ?? 0;
        Problem = Ui.Of(result);
        return Page();
    }
}
