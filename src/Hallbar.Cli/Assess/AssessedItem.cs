using Hallbar.Domain.Assessment;

namespace Hallbar.Cli.Assess;

public sealed record AssessedItem(
    string Id,
    string Name,
    AssessmentLevel Level,
    string? LevelName,
    string? Parent,
    GradeRef? Suggestion,
    GradeRef? Final,
    bool FinalIsSet,
    bool Differs,
    bool Manual,
    string? Motivation,
    Rationale Rationale,
    IReadOnlyList<JudgementRef> Judgements);
