namespace Hallbar.Domain.Assessment;

/// <summary>Least-squares trend over the last <see cref="Years"/> years (all years when null), as a relative change per year.</summary>
public sealed record TrendRule(int? Years = null) : AssessmentRule
{
    public override string Name => "trend";
}
