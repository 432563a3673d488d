namespace Hallbar.Domain.Surveys;

/// <summary>
/// Självskattningsenkät: a year's self-assessment survey. Every unit answers each statement on the
/// response scale and the free-text questions once.
/// </summary>
public sealed record Survey
{
    public Survey(string id, int year, string title, IReadOnlyList<ResponseCategory> scale, IReadOnlyList<SurveyTheme> themes, IReadOnlyList<SurveyQuestion> questions)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        ArgumentNullException.ThrowIfNull(scale);
        ArgumentNullException.ThrowIfNull(themes);
        ArgumentNullException.ThrowIfNull(questions);
        if (scale.Count < 2)
        {
            throw new ArgumentException($"Survey '{id}' needs at least two response categories.", nameof(scale));
        }

        if (scale.Count(c => c.IsDontKnow) > 1)
        {
            throw new ArgumentException($"Survey '{id}' has more than one \"don't know\" category.", nameof(scale));
        }

        RequireUnique(scale.Select(c => c.Id), "response category", nameof(scale));
        if (scale.Any(c => c.Id == SurveyResults.UnansweredId))
        {
            throw new ArgumentException($"'{SurveyResults.UnansweredId}' is kept for statements left unanswered.", nameof(scale));
        }

        RequireUnique(themes.Select(t => t.Id), "theme", nameof(themes));
        RequireUnique(themes.SelectMany(t => t.Statements).Select(s => s.Id), "statement", nameof(themes));
        RequireUnique(questions.Select(q => q.Id), "question", nameof(questions));
        Id = id;
        Year = year;
        Title = title;
        Scale = scale;
        Themes = themes;
        Questions = questions;
    }

    public string Id { get; }

    public int Year { get; }

    public string Title { get; }

    /// <summary>The response scale in the order it is shown, from most to least agreement.</summary>
    public IReadOnlyList<ResponseCategory> Scale { get; }

    public IReadOnlyList<SurveyTheme> Themes { get; }

    public IReadOnlyList<SurveyQuestion> Questions { get; }

    /// <summary>
    /// True when the answers are not real (demo data): the report says so, because the published
    /// report does not print the units' answers.
    /// </summary>
    public bool Illustrative { get; init; }

    /// <summary>The org units the survey has been sent to (utskick): the units asked to answer it, in the order they were asked.</summary>
    public IReadOnlyList<string> SentTo { get; init; } = [];

    public IEnumerable<SurveyStatement> Statements => Themes.SelectMany(t => t.Statements);

    public SurveyStatement? Statement(string id) => Statements.FirstOrDefault(s => s.Id == id);

    public ResponseCategory? Category(string id) => Scale.FirstOrDefault(c => c.Id == id);

    public SurveyQuestion? Question(string id) => Questions.FirstOrDefault(q => q.Id == id);

    private static void RequireUnique(IEnumerable<string> ids, string what, string parameter)
    {
        if (ids.GroupBy(i => i, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { } duplicate)
        {
            throw new ArgumentException($"Duplicate {what} id '{duplicate.Key}'.", parameter);
        }
    }
}
