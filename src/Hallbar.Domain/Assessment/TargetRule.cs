namespace Hallbar.Domain.Assessment;

/// <summary>Against the target value: reached is positive; otherwise the development toward it decides.</summary>
public sealed record TargetRule : AssessmentRule
{
    public override string Name => "target";
}
