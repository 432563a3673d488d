namespace Hallbar.Domain.Assessment;

/// <summary>The rule that makes a measure's suggested assessment. Chosen per measure, as data.</summary>
public abstract record AssessmentRule
{
    /// <summary>The rule's name in the model file and in machine-readable rationales.</summary>
    public abstract string Name { get; }
}

/// <summary>Against the previous year's value: the development of the year.</summary>
public sealed record PreviousYearRule : AssessmentRule
{
    public override string Name => "previousYear";
}

/// <summary>Against the base value (basvärde).</summary>
public sealed record BaseValueRule : AssessmentRule
{
    public override string Name => "baseValue";
}

/// <summary>Against the target value: reached is positive; otherwise the development toward it decides.</summary>
public sealed record TargetRule : AssessmentRule
{
    public override string Name => "target";
}

/// <summary>Against the linear path from base year to target year: at or ahead of the in-pace value is positive.</summary>
public sealed record PathRule : AssessmentRule
{
    public override string Name => "path";
}

/// <summary>Against an annual-change target ("-2,5 % per år").</summary>
public sealed record AnnualChangeRule : AssessmentRule
{
    public override string Name => "annualChange";
}

/// <summary>Least-squares trend over the last <see cref="Years"/> years (all years when null), as a relative change per year.</summary>
public sealed record TrendRule(int? Years = null) : AssessmentRule
{
    public override string Name => "trend";
}

/// <summary>
/// Ratio of actual to required progress from base value toward the target (Open SDG); the bands,
/// highest first, name the grade for each lower bound of the ratio.
/// </summary>
public sealed record ProgressRatioRule(IReadOnlyList<ScoreBand> Bands) : AssessmentRule
{
    public override string Name => "progressRatio";
}

/// <summary>No computable rule (the rule is stated only in text): the assessment is set by hand.</summary>
public sealed record ManualRule(string? Description = null) : AssessmentRule
{
    public override string Name => "manual";
}
