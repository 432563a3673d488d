namespace Hallbar.Domain.Surveys;

/// <summary>The distribution of the submitted answers to one statement, one share per category in scale order.</summary>
public sealed record StatementResult(SurveyStatement Statement, SurveyTheme Theme, IReadOnlyList<CategoryShare> Shares)
{
    /// <summary>Whether the previous year's survey had this statement (matched by id).</summary>
    public bool HasPrevious => Shares.Any(s => s.PreviousPercent is not null);
}
