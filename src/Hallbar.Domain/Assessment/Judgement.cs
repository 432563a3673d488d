namespace Hallbar.Domain.Assessment;

/// <summary>A second judgement on another scale, set by hand beside the assessment, such as "Målet kan inte nås till 2040".</summary>
public sealed record Judgement(AssessmentScale Scale, Grade Grade, string? Motivation);
