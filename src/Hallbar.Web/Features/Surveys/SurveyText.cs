using Hallbar.Data.Surveys;
using Hallbar.Domain.Surveys;
using Hallbar.Web.Site;

namespace Hallbar.Web.Features.Surveys;

/// <summary>The survey pages' words for a unit's answer: its status, who saved and submitted it, and how much of it is filled in.</summary>
internal static class SurveyText
{
    /// <summary>The most a free-text answer holds; a longer one is refused at its field.</summary>
    public const int MaxTextLength = 4000;

    /// <summary>"Ej påbörjad", "Utkast", "Inskickad".</summary>
    public static string Status(StoredResponse? stored) => stored?.Response.Status switch
    {
        null => Ui.T("Ej påbörjad", "Not started"),
        ResponseStatus.Draft => Ui.T("Utkast", "Draft"),
        _ => Ui.T("Inskickad", "Submitted"),
    };

    /// <summary>What an unanswered statement counts as in the results.</summary>
    public static string Unanswered => Ui.T("Ej besvarad", "Not answered");

    public static string Illustrative => Ui.T(
        "Enkätens svar är illustrativa: påhittade exempel i demodata, inte förvaltningarnas riktiga svar.",
        "The survey's answers are illustrative: made-up examples in the demo data, not the units' real answers.");

    /// <summary>"sparat av anna@… 2026-03-05 14:07".</summary>
    public static string SavedBy(StoredResponse stored) =>
        $"{Ui.T("sparat av", "saved by")} {stored.ChangedBy} {LocalTime.Format(stored.ChangedAt)}";

    /// <summary>"inskickat av anna@… 2026-03-05 14:07", or null while not submitted.</summary>
    public static string? SubmittedBy(StoredResponse stored) => stored.SubmittedAt is { } at
        ? $"{Ui.T("inskickat av", "submitted by")} {stored.SubmittedBy} {LocalTime.Format(at)}"
        : null;

    /// <summary>"12 av 17 påståenden besvarade, 2 av 4 frågor".</summary>
    public static string Extent(Survey survey, IReadOnlyCollection<StatementAnswer> answers, IReadOnlyCollection<FreeTextAnswer> texts)
    {
        var statements = survey.Statements.Count();
        var answered = survey.Statements.Count(s => answers.Any(a => a.StatementId == s.Id));
        var questions = survey.Questions.Count(q => texts.Any(t => t.QuestionId == q.Id && !string.IsNullOrWhiteSpace(t.Text)));
        return Ui.T($"{answered} av {statements} påståenden besvarade, {questions} av {survey.Questions.Count} frågor",
            $"{answered} of {statements} statements answered, {questions} of {survey.Questions.Count} questions");
    }
}
