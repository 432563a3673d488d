using Hallbar.Data;
using Hallbar.Data.Editing;
using Hallbar.Data.Surveys;
using Hallbar.Domain.Surveys;
using Hallbar.Web.Site;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Hallbar.Web.Features.Surveys;

/// <summary>
/// Submitting a unit's saved answers, said in full before it is done: what is answered, which
/// statements are not (they count as Ej besvarad), and that a submitted answer cannot be changed
/// unless the admin reopens it. What is submitted is the draft at the version shown.
/// </summary>
[Authorize(Policy = Accounts.ReporterPolicy)]
public sealed class SubmitModel(HallbarDbContext db, ModelCache cache, SurveyDesk desk) : UnitSurveyPageModel(db, cache, desk)
{
    [BindProperty]
    public int? ReadVersion { get; set; }

    public string? Problem { get; private set; }

    /// <summary>The statements the saved draft leaves unanswered, in the survey's order.</summary>
    public IReadOnlyList<SurveyStatement> Unanswered =>
        View.Stored is { } stored ? [.. View.Survey.Statements.Where(s => stored.Response.CategoryFor(s.Id) is null)] : [];

    public async Task<IActionResult> OnGetAsync(string org, int year, string unit, CancellationToken cancellationToken)
    {
        if (await LoadForReporterAsync(org, year, unit, cancellationToken) is { } refused)
        {
            return refused;
        }

        ReadVersion = View.Stored?.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string org, int year, string unit, CancellationToken cancellationToken)
    {
        if (await LoadForReporterAsync(org, year, unit, cancellationToken) is { } refused)
        {
            return refused;
        }

        if (!View.Writable || View.Stored is not { } stored)
        {
            // The page says why there is nothing to submit.
            return Page();
        }

        var result = await Desk.SaveResponseAsync(new ResponseChange(org, View.Survey.Id, unit, stored.Response.Answers, stored.Response.FreeTexts,
            Submit: true, ReadVersion, Person.Of(User)), cancellationToken);
        if (result.IsSaved)
        {
            TempData[nameof(AnswerModel.Done)] = Ui.T($"Svaren för {View.Unit.Name} är inskickade. Tack!", $"The answers for {View.Unit.Name} are submitted. Thank you!");
            return RedirectToPage("Answer", new { org, year, unit });
        }

        // Someone may have changed or submitted the answers meanwhile: the page shows them as they are now.
        await LoadForReporterAsync(org, year, unit, cancellationToken);
        Problem = result.Status == EditStatus.Conflict && View.Stored is { } current
            ? Ui.T($"Svaren ändrades ({SurveyText.SavedBy(current)}) efter att du öppnade sidan, så de skickades inte in. Läs igenom dem här nedan innan du skickar in.",
                $"The answers changed ({SurveyText.SavedBy(current)}) after you opened the page, so they were not submitted. Read them through below before you submit.")
            : Ui.Of(result);
        ReadVersion = View.Stored?.Version;
        return Page();
    }

    /// <summary>Only the unit's own reporters submit its answer; the admin and other units' reporters are refused.</summary>
    private async Task<IActionResult?> LoadForReporterAsync(string org, int year, string unit, CancellationToken cancellationToken) =>
        await LoadAsync(org, year, unit, cancellationToken) ?? (View.IsUnitReporter ? null : StatusCode(StatusCodes.Status403Forbidden));
}
