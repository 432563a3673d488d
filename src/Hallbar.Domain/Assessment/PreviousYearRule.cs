namespace Hallbar.Domain.Assessment;

/// <summary>Against the previous year's value: the development of the year.</summary>
public sealed record PreviousYearRule : AssessmentRule
{
    public override string Name => "previousYear";
}
