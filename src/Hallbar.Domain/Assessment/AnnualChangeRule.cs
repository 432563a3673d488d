namespace Hallbar.Domain.Assessment;

/// <summary>Against an annual-change target ("-2,5 % per år").</summary>
public sealed record AnnualChangeRule : AssessmentRule
{
    public override string Name => "annualChange";
}
