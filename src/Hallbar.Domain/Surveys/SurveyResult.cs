namespace Hallbar.Domain.Surveys;

/// <summary>A survey's results across the units that submitted their response.</summary>
/// <param name="Categories">The categories the shares are given in: the scale, then "Ej besvarad" when any submitted response left a statement out.</param>
public sealed record SurveyResult(
    Survey Survey,
    int Submitted,
    IReadOnlyList<ResponseCategory> Categories,
    IReadOnlyList<StatementResult> Statements,
    IReadOnlyList<QuestionAnswers> FreeTexts)
{
    public IEnumerable<StatementResult> InTheme(string themeId) => Statements.Where(s => s.Theme.Id == themeId);
}
