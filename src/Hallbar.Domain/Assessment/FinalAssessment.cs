namespace Hallbar.Domain.Assessment;

/// <summary>
/// Bedömning set by a person for a report year, with the motivation for it. <see cref="ScaleId"/>
/// names another scale than the node's own when this is a second judgement, such as reachability.
/// </summary>
public sealed record FinalAssessment(int Year, string GradeId, string? Motivation = null, string? ScaleId = null);
