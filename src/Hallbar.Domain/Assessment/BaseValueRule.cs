namespace Hallbar.Domain.Assessment;

/// <summary>Against the base value (basvärde).</summary>
public sealed record BaseValueRule : AssessmentRule
{
    public override string Name => "baseValue";
}
