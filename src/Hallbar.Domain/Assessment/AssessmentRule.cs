namespace Hallbar.Domain.Assessment;

/// <summary>The rule that makes a measure's suggested assessment. Chosen per measure, as data.</summary>
public abstract record AssessmentRule
{
    /// <summary>The rule's name in the model file and in machine-readable rationales.</summary>
    public abstract string Name { get; }
}
