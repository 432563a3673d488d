namespace Hallbar.Domain.Surveys;

/// <summary>
/// Computes a survey's results. Only submitted responses count; drafts are not yet an answer.
/// Every share is of the submitted responses, so a statement's shares add up to 100: "Vet ej" is a
/// category like the others, and a statement a submitted response left out counts as "Ej besvarad"
/// (a category added after the scale only when some statement was left out), rather than being
/// dropped, which would make the statements' bars rest on different numbers of units.
/// </summary>
public static class SurveyResults
{
    /// <summary>The id of the category added for statements a submitted response left out.</summary>
    public const string UnansweredId = "ej-besvarad";

    public const string UnansweredLabel = "Ej besvarad";

    /// <param name="previous">The previous year's survey and its responses, to give each statement's change by statement id.</param>
    public static SurveyResult Compute(Survey survey, IEnumerable<SurveyResponse> responses, (Survey Survey, IEnumerable<SurveyResponse> Responses)? previous = null)
    {
        ArgumentNullException.ThrowIfNull(survey);
        ArgumentNullException.ThrowIfNull(responses);
        var submitted = Submitted(survey, responses);
        var categories = CategoriesOf(survey, submitted);
        var before = previous is { } p ? Compute(p.Survey, p.Responses) : null;
        var statements = survey.Themes
            .SelectMany(theme => theme.Statements.Select(statement => Distribution(statement, theme, categories, submitted, before)))
            .ToList();
        var freeTexts = survey.Questions
            .Select(q => new QuestionAnswers(q, [.. submitted.SelectMany(r => r.FreeTexts
                .Where(t => t.QuestionId == q.Id && !string.IsNullOrWhiteSpace(t.Text))
                .Select(t => new UnitText(r.UnitId, t.Text.Trim())))]))
            .ToList();
        return new SurveyResult(survey, submitted.Count, categories, statements, freeTexts);
    }

    private static List<SurveyResponse> Submitted(Survey survey, IEnumerable<SurveyResponse> responses)
    {
        var submitted = responses.Where(r => r.SurveyId == survey.Id && r.Status == ResponseStatus.Submitted).ToList();
        foreach (var response in submitted)
        {
            // A reference to nothing is a bug here: files and the web check them where a user made them.
            if (response.Answers.FirstOrDefault(a => survey.Statement(a.StatementId) is null || survey.Category(a.CategoryId) is null) is { } wrong)
            {
                throw new ArgumentException($"The response of '{response.UnitId}' names statement '{wrong.StatementId}' or category '{wrong.CategoryId}', which survey '{survey.Id}' does not have.", nameof(survey));
            }
        }

        if (submitted.GroupBy(r => r.UnitId, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            throw new ArgumentException($"Unit '{twice.Key}' has submitted survey '{survey.Id}' twice.", nameof(survey));
        }

        return submitted;
    }

    private static List<ResponseCategory> CategoriesOf(Survey survey, List<SurveyResponse> submitted)
    {
        var categories = survey.Scale.ToList();
        if (submitted.Any(r => survey.Statements.Any(s => r.CategoryFor(s.Id) is null)))
        {
            categories.Add(new ResponseCategory(UnansweredId, UnansweredLabel));
        }

        return categories;
    }

    private static StatementResult Distribution(SurveyStatement statement, SurveyTheme theme, List<ResponseCategory> categories, List<SurveyResponse> submitted, SurveyResult? before)
    {
        var counts = categories.Select(c => submitted.Count(r => (r.CategoryFor(statement.Id) ?? UnansweredId) == c.Id)).ToList();
        var exact = counts.Select(n => submitted.Count == 0 ? 0m : n * 100m / submitted.Count).ToList();
        var shown = Percentages.RoundToWhole(exact);
        var earlier = before?.Statements.FirstOrDefault(s => s.Statement.Id == statement.Id);
        var shares = categories.Select((c, i) => new CategoryShare(c.Id, c.Label, counts[i], exact[i], shown[i],
            earlier is null ? null : earlier.Shares.FirstOrDefault(s => s.CategoryId == c.Id)?.Percent ?? 0m)).ToList();
        return new StatementResult(statement, theme, shares);
    }
}
