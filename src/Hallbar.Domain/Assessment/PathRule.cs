namespace Hallbar.Domain.Assessment;

/// <summary>Against the linear path from base year to target year: at or ahead of the in-pace value is positive.</summary>
public sealed record PathRule : AssessmentRule
{
    public override string Name => "path";
}
