namespace Hallbar.Domain.Assessment;

/// <summary>A lower bound and the grade given from it up to the next band's bound.</summary>
public sealed record ScoreBand(double AtLeast, string GradeId);
