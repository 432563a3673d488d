using Hallbar.Data;
using Hallbar.Data.Editing;
using Hallbar.Data.Rows;
using Hallbar.Data.Surveys;
using Hallbar.Domain.Surveys;
using Hallbar.Web.Site;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Hallbar.Web.Features.Surveys;

/// <summary>
/// A unit's answer to the year's survey (självskattning): each theme a section, each statement the
/// response scale as radio buttons, the free-text questions. The unit's reporter saves drafts and
/// goes on to submit (<see cref="SubmitModel"/>); the admin reads along. Once submitted, it is read only.
/// </summary>
[Authorize(Policy = Accounts.ReporterPolicy)]
public sealed class AnswerModel(HallbarDbContext db, ModelCache cache, SurveyDesk desk) : UnitSurveyPageModel(db, cache, desk)
{
    [BindProperty]
    public ResponseInput Input { get; set; } = new();

    [TempData]
    public string? Done { get; set; }

    public string? Problem { get; private set; }

    public List<FieldError> Errors { get; } = [];

    public ConflictView? Conflict { get; private set; }

    /// <summary>The form shows what was sent, refused, rather than what is saved.</summary>
    public bool ShowsSent { get; private set; }

    public static string ChoiceId(string statementId, string? categoryId) => $"p-{statementId}-{(string.IsNullOrEmpty(categoryId) ? "inget" : categoryId)}";

    public static string QuestionId(string questionId) => $"fraga-{questionId}";

    public async Task<IActionResult> OnGetAsync(string org, int year, string unit, CancellationToken cancellationToken)
    {
        if (await LoadAsync(org, year, unit, cancellationToken) is { } refused)
        {
            return refused;
        }

        Input.ReadVersion = View.Stored?.Version;
        return Page();
    }

    public Task<IActionResult> OnPostSaveAsync(string org, int year, string unit, CancellationToken cancellationToken) =>
        SaveAsync(org, year, unit, toSubmit: false, cancellationToken);

    /// <summary>Saves the form as a draft, then asks on a page of its own whether to submit it.</summary>
    public Task<IActionResult> OnPostSubmitAsync(string org, int year, string unit, CancellationToken cancellationToken) =>
        SaveAsync(org, year, unit, toSubmit: true, cancellationToken);

    /// <summary>The category shown chosen for a statement.</summary>
    public string? Chosen(string statementId) =>
        ShowsSent ? Input.Answers.GetValueOrDefault(statementId) : View.Stored?.Response.CategoryFor(statementId);

    public string? TextFor(string questionId) =>
        ShowsSent ? Input.Texts.GetValueOrDefault(questionId) : View.Stored?.Response.FreeTexts.FirstOrDefault(t => t.QuestionId == questionId)?.Text;

    public string? ErrorFor(string fieldId) => Errors.FirstOrDefault(e => e.FieldId == fieldId)?.Message;

    /// <summary>After a conflict: the category saved now, when it differs from the one sent.</summary>
    public string? SavedInstead(string statementId)
    {
        if (Conflict is null)
        {
            return null;
        }

        var saved = View.Stored?.Response.CategoryFor(statementId);
        return saved == NullIfEmpty(Input.Answers.GetValueOrDefault(statementId)) ? null : saved is null ? SurveyText.Unanswered : View.Survey.Category(saved)?.Label;
    }

    private async Task<IActionResult> SaveAsync(string org, int year, string unit, bool toSubmit, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return BadRequest();
        }

        if (await LoadAsync(org, year, unit, cancellationToken) is { } refused)
        {
            return refused;
        }

        // The admin reads along; only the unit's own reporters write its answer.
        if (!View.IsUnitReporter)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        if (!View.Writable)
        {
            Problem = NotWritable(View);
            return Page();
        }

        ShowsSent = true;
        var (answers, texts) = ReadForm();
        if (toSubmit && answers.Count == 0 && Errors.Count == 0)
        {
            var first = View.Survey.Statements.First();
            Errors.Add(new(ChoiceId(first.Id, View.Survey.Scale[0].Id), Ui.T("Besvara minst ett påstående innan svaren skickas in.", "Answer at least one statement before the answers are submitted.")));
        }

        if (Errors.Count > 0)
        {
            return Page();
        }

        var stored = View.Stored?.Response;
        var unchanged = stored is not null && Same(stored, answers, texts);
        if (stored is null && answers.Count == 0 && texts.Count == 0)
        {
            Problem = Ui.T("Inget är ifyllt ännu, så inget sparades.", "Nothing is filled in yet, so nothing was saved.");
            return Page();
        }

        if (!unchanged)
        {
            var result = await Desk.SaveResponseAsync(
                new ResponseChange(org, View.Survey.Id, unit, answers, texts, Submit: false, Input.ReadVersion, Person.Of(User)), cancellationToken);
            if (!result.IsSaved)
            {
                return await RefusedAsync(org, year, unit, result, answers, texts, cancellationToken);
            }
        }

        if (toSubmit)
        {
            return RedirectToPage("Submit", new { org, year, unit });
        }

        Done = unchanged
            ? Ui.T("Inget var ändrat sedan utkastet sparades senast.", "Nothing had changed since the draft was last saved.")
            : Ui.T("Utkastet är sparat. Svaren skickas in först när du väljer Skicka in.", "The draft is saved. The answers are submitted only when you choose Submit.");
        return RedirectToPage(null, null, new { org, year, unit }, null);
    }

    /// <summary>The answers and texts of the form for the survey's own statements and questions; a wrong one gets a message at its field.</summary>
    private (List<StatementAnswer> Answers, List<FreeTextAnswer> Texts) ReadForm()
    {
        var answers = new List<StatementAnswer>();
        foreach (var statement in View.Survey.Statements)
        {
            if (NullIfEmpty(Input.Answers.GetValueOrDefault(statement.Id)) is not { } category)
            {
                continue;
            }

            if (View.Survey.Category(category) is null)
            {
                Errors.Add(new(ChoiceId(statement.Id, View.Survey.Scale[0].Id), Ui.T($"”{statement.Text}”: välj ett av svarsalternativen.", $"“{statement.Text}”: choose one of the answers.")));
            }
            else
            {
                answers.Add(new StatementAnswer(statement.Id, category));
            }
        }

        var texts = new List<FreeTextAnswer>();
        foreach (var question in View.Survey.Questions)
        {
            if (NullIfEmpty(Input.Texts.GetValueOrDefault(question.Id)?.Trim()) is not { } text)
            {
                continue;
            }

            if (text.Length > SurveyText.MaxTextLength)
            {
                Errors.Add(new(QuestionId(question.Id), Ui.T(
                    $"”{question.Text}”: svaret har {text.Length} tecken; det får ha högst {SurveyText.MaxTextLength}.",
                    $"“{question.Text}”: the answer has {text.Length} characters; it may have at most {SurveyText.MaxTextLength}.")));
            }
            else
            {
                texts.Add(new FreeTextAnswer(question.Id, text));
            }
        }

        return (answers, texts);
    }

    private async Task<IActionResult> RefusedAsync(
        string org, int year, string unit, EditResult result, List<StatementAnswer> answers, List<FreeTextAnswer> texts, CancellationToken cancellationToken)
    {
        // Read again: the page shows the answer as it is saved now beside what was sent.
        if (await LoadAsync(org, year, unit, cancellationToken) is { } gone)
        {
            return gone;
        }

        if (!View.Writable)
        {
            ShowsSent = false;
            Problem = $"{Ui.Of(result)} {NotWritable(View)}";
            return Page();
        }

        if (result.Status == EditStatus.Conflict && View.Stored is { } current)
        {
            // The saved answer's own record says who saved it and when, as a change in the history would.
            var change = new ChangeRow { OrganizationId = org, Subject = "survey-response", Key = unit, ChangedBy = current.ChangedBy, ChangedAt = current.ChangedAt };
            Conflict = new ConflictView(Ui.Of(result), SurveyText.Extent(View.Survey, answers, texts),
                SurveyText.Extent(View.Survey, current.Response.Answers, current.Response.FreeTexts), change);
            // Sending the form again saves these answers over the ones saved now: the person has seen both.
            Input.ReadVersion = current.Version;
            return Page();
        }

        Problem = Ui.Of(result);
        return Page();
    }

    private static string NotWritable(UnitSurvey view) => view.IsSubmitted
        ? Ui.T("Svaren är inskickade och kan inte ändras. Administratören kan öppna dem igen.", "The answers are submitted and cannot be changed. The administrator can reopen them.")
        : Ui.T($"Rapportomgången {view.Survey.Year} är låst: enkätens svar kan inte längre ändras.", $"The reporting round {view.Survey.Year} is locked: the survey's answers can no longer be changed.");

    private static bool Same(SurveyResponse stored, List<StatementAnswer> answers, List<FreeTextAnswer> texts) =>
        stored.Answers.ToHashSet().SetEquals(answers) && stored.FreeTexts.Where(t => t.Text.Length > 0).ToHashSet().SetEquals(texts);

    private static string? NullIfEmpty(string? text) => string.IsNullOrEmpty(text) ? null : text;
}
