namespace Hallbar.Domain.Assessment;

/// <summary>A rule-based suggestion: the grade (null when the rule leaves it to a person) and why.</summary>
public sealed record Suggestion(Grade? Grade, Rationale Rationale);
