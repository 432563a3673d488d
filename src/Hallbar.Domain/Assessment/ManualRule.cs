namespace Hallbar.Domain.Assessment;

/// <summary>No computable rule (the rule is stated only in text): the assessment is set by hand.</summary>
public sealed record ManualRule(string? Description = null) : AssessmentRule
{
    public override string Name => "manual";
}
