namespace Hallbar.Domain.Assessment;

/// <summary>What a three-way rule concludes, before it is named by the organization's scale.</summary>
public enum Verdict
{
    Positive,
    Unchanged,
    Negative,
    NoValue,
}
