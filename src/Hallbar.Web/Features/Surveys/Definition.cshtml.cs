using Hallbar.Data;
using Hallbar.Data.Editing;
using Hallbar.Data.Surveys;
using Hallbar.Domain.Surveys;
using Hallbar.Web.Site;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Hallbar.Web.Features.Surveys;

/// <summary>
/// The admin's editor of a year's survey: its title, response scale, themes with their statements and the
/// free-text questions, saved from the version read; or, for a year without one, the previous year's copied.
/// Rows are added through the empty row each list ends in and removed with a checkbox, without script.
/// </summary>
[Authorize(Policy = Accounts.AdminPolicy)]
public sealed class DefinitionModel(HallbarDbContext db, SurveyDesk desk) : PageModel
{
    public string Org { get; private set; } = string.Empty;

    public int Year { get; private set; }

    /// <summary>The year's survey as stored; null when the year has none yet.</summary>
    public SurveyState? State { get; private set; }

    /// <summary>The newest survey of an earlier year, which a year without one can start from.</summary>
    public Survey? Previous { get; private set; }

    [BindProperty]
    public DefinitionInput Input { get; set; } = new();

    public IReadOnlyList<DefinitionError> Errors { get; private set; } = [];

    /// <summary>Why saving was refused as a whole (a conflict, a locked year, the desk's own refusal); null when it was not.</summary>
    public EditResult? Refusal { get; private set; }

    [TempData]
    public string? Saved { get; set; }

    public async Task<IActionResult> OnGetAsync(string org, int year, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(org, year, cancellationToken))
        {
            return NotFound();
        }

        Input = State is { } state ? DefinitionInput.From(state.Survey, state.DefinitionVersion) : new DefinitionInput();
        Input.WithEmptyRows();
        return Page();
    }

    /// <summary>Shows the form again as it was sent, with another empty row in every list; nothing is saved.</summary>
    public async Task<IActionResult> OnPostAddRowsAsync(string org, int year, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(org, year, cancellationToken))
        {
            return NotFound();
        }

        Input.WithEmptyRows(more: true);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string org, int year, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(org, year, cancellationToken))
        {
            return NotFound();
        }

        var current = State?.Survey;
        var (survey, errors) = DefinitionForm.ToSurvey(Input, current?.Id ?? NewId(year), year, current,
            State?.Responses.Select(r => r.Response).ToList() ?? []);
        Errors = errors;
        if (survey is null)
        {
            Input.WithEmptyRows();
            return Page();
        }

        return await SaveAsync(survey, Input.ReadVersion, Ui.T("Enkäten är sparad.", "The survey is saved."), cancellationToken);
    }

    /// <summary>Starts a year without a survey from the previous year's: the same definition under a new id, sent to no one, without answers.</summary>
    public async Task<IActionResult> OnPostCreateFromPreviousAsync(string org, int year, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(org, year, cancellationToken))
        {
            return NotFound();
        }

        if (State is not null || Previous is not { } previous)
        {
            Refusal = State is not null
                ? new EditResult(EditStatus.Invalid, $"Det finns redan en enkät för {year}; inget skapades.", $"There is already a survey for {year}; nothing was created.")
                : new EditResult(EditStatus.Invalid, $"Det finns ingen enkät före {year} att utgå från.", $"There is no survey before {year} to start from.");
            Input = State is { } state ? DefinitionInput.From(state.Survey, state.DefinitionVersion) : new DefinitionInput();
            Input.WithEmptyRows();
            return Page();
        }

        var survey = new Survey(NewId(year), year, WithYear(previous.Title, previous.Year, year), previous.Scale, previous.Themes, previous.Questions);
        return await SaveAsync(survey, null, Ui.T($"Enkäten för {year} är skapad från {previous.Year} års enkät.", $"The survey of {year} is created from the survey of {previous.Year}."), cancellationToken);
    }

    /// <summary>"Självskattning 2025" of 2026 is "Självskattning 2026"; a title without its year stays as it is.</summary>
    public static string WithYear(string title, int from, int to)
    {
        ArgumentNullException.ThrowIfNull(title);
        return title.Replace(from.ToString(System.Globalization.CultureInfo.InvariantCulture), to.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    private async Task<IActionResult> SaveAsync(Survey survey, int? readVersion, string saved, CancellationToken cancellationToken)
    {
        var result = await desk.SaveSurveyAsync(Org, survey, readVersion, User.Identity!.Name!, cancellationToken);
        if (result.IsSaved)
        {
            Saved = saved;
            return RedirectToPage(new { org = Org, year = Year });
        }

        Refusal = result;
        if (result.Status == EditStatus.Conflict)
        {
            // The form keeps what was typed; saving it again from here knowingly replaces what the other person saved.
            Input.ReadVersion = result.CurrentVersion ?? State?.DefinitionVersion;
        }

        Input.WithEmptyRows();
        return Page();
    }

    /// <summary>"sjalvskattning-2026", or with "-2" and on when an earlier survey has that id.</summary>
    private string NewId(int year)
    {
        var taken = _surveys.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        var id = $"sjalvskattning-{year}";
        for (var n = 2; taken.Contains(id); n++)
        {
            id = $"sjalvskattning-{year}-{n}";
        }

        return id;
    }

    /// <summary>The organization's surveys, read once a request.</summary>
    private IReadOnlyList<Survey> _surveys = [];

    private async Task<bool> LoadAsync(string org, int year, CancellationToken cancellationToken)
    {
        if (!await db.Organizations.AsNoTracking().AnyAsync(o => o.Id == org, cancellationToken))
        {
            return false;
        }

        Org = org;
        Year = year;
        State = await desk.ReadAsync(org, year, cancellationToken);
        _surveys = await desk.ListAsync(org, cancellationToken);
        Previous = _surveys.Where(s => s.Year < year).MaxBy(s => s.Year);
        return true;
    }

    /// <summary>How many units' answers (drafts too) use a statement, category or question: such a row cannot be removed.</summary>
    public int Answers(Func<SurveyResponse, bool> uses) => State?.Responses.Count(r => uses(r.Response)) ?? 0;

    public string? ErrorAt(string field) => Errors.FirstOrDefault(e => e.Field == field)?.Message;
}
