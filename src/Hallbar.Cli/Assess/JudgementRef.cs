namespace Hallbar.Cli.Assess;

/// <summary>A judgement on another scale, such as reachability.</summary>
public sealed record JudgementRef(string ScaleId, string Scale, GradeRef Grade, string? Motivation);
