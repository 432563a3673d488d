namespace Hallbar.Domain.Assessment;

/// <summary>
/// Ratio of actual to required progress from base value toward the target (Open SDG); the bands,
/// highest first, name the grade for each lower bound of the ratio.
/// </summary>
public sealed record ProgressRatioRule(IReadOnlyList<ScoreBand> Bands) : AssessmentRule
{
    public override string Name => "progressRatio";
}
