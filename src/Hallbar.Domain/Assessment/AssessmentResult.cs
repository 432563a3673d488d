namespace Hallbar.Domain.Assessment;

/// <summary>
/// A measure's or node's assessment for a report year: the rule-based suggestion with its
/// rationale, and the final assessment — set by hand, or the suggestion when none is set.
/// </summary>
public sealed record AssessmentResult
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    public required AssessmentLevel Level { get; init; }

    /// <summary>What the organization calls this level ("Inriktningsmål"), when it has its own name for it.</summary>
    public string? LevelName { get; init; }
    public required AssessmentScale Scale { get; init; }
    public Grade? Suggestion { get; init; }
    public required Rationale Rationale { get; init; }
    public Grade? Final { get; init; }

    /// <summary>True when a person set the final assessment; false when it is the suggestion taken as is.</summary>
    public bool FinalIsSet { get; init; }

    public string? Motivation { get; init; }
    public IReadOnlyList<AssessmentResult> Children { get; init; } = [];

    /// <summary>Judgements on other scales for the same year.</summary>
    public IReadOnlyList<Judgement> Judgements { get; init; } = [];

    /// <summary>The final assessment is not what the rule suggests (flagged for review).</summary>
    public bool Differs => Suggestion is not null && Final is not null && Suggestion.Id != Final.Id;

    /// <summary>The rule left the assessment to a person.</summary>
    public bool IsManual => Suggestion is null;

    public IEnumerable<AssessmentResult> DescendantsAndSelf()
    {
        yield return this;
        foreach (var child in Children)
        {
            foreach (var result in child.DescendantsAndSelf())
            {
                yield return result;
            }
        }
    }
}
