namespace Hallbar.Domain.Surveys;

/// <summary>
/// A unit's answer to a year's survey. Statements it leaves out are unanswered; whether the ids it
/// names exist is checked against the survey where it is read (<see cref="SurveyResults"/> refuses unknown ones).
/// </summary>
public sealed record SurveyResponse
{
    public SurveyResponse(string surveyId, string unitId, ResponseStatus status, IReadOnlyList<StatementAnswer> answers, IReadOnlyList<FreeTextAnswer> freeTexts)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(surveyId);
        ArgumentException.ThrowIfNullOrWhiteSpace(unitId);
        ArgumentNullException.ThrowIfNull(answers);
        ArgumentNullException.ThrowIfNull(freeTexts);
        if (answers.GroupBy(a => a.StatementId, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            throw new ArgumentException($"Statement '{twice.Key}' is answered twice.", nameof(answers));
        }

        SurveyId = surveyId;
        UnitId = unitId;
        Status = status;
        Answers = answers;
        FreeTexts = freeTexts;
    }

    public string SurveyId { get; }

    public string UnitId { get; }

    public ResponseStatus Status { get; }

    public IReadOnlyList<StatementAnswer> Answers { get; }

    public IReadOnlyList<FreeTextAnswer> FreeTexts { get; }

    public string? CategoryFor(string statementId) => Answers.FirstOrDefault(a => a.StatementId == statementId)?.CategoryId;
}
