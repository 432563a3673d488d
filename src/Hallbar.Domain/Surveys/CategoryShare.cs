namespace Hallbar.Domain.Surveys;

/// <summary>How many of the submitted responses chose a category for a statement, and their share.</summary>
/// <param name="Percent">The exact share of submitted responses, 0–100.</param>
/// <param name="Shown">The share rounded to whole percent so that a statement's shown shares add up to 100.</param>
/// <param name="PreviousPercent">The exact share in the previous year's survey, when the statement was in it.</param>
public sealed record CategoryShare(string CategoryId, string Label, int Count, decimal Percent, int Shown, decimal? PreviousPercent = null)
{
    /// <summary>Change from the previous year in percentage points, when there is one.</summary>
    public decimal? Change => PreviousPercent is { } previous ? Percent - previous : null;
}
