namespace Hallbar.Domain.Assessment;

/// <summary>
/// A lower bound and the grade given from it up to the next band's bound. An exclusive bound
/// ("above -0,6") lets bands be symmetric: from 0,6 positive, at or below -0,6 negative.
/// </summary>
public sealed record ScoreBand(double AtLeast, string GradeId, bool Exclusive = false)
{
    public bool Contains(double score) => Exclusive ? score > AtLeast : score >= AtLeast;
}
