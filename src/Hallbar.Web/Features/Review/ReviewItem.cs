using Hallbar.Domain.Assessment;

namespace Hallbar.Web.Features.Review;

/// <summary>An assessed measure or node on the review page: how deep it sits and the path of names above it.</summary>
public sealed record ReviewItem(AssessmentResult Result, int Depth, IReadOnlyList<string> Path)
{
    /// <summary>What the editor calls it: the measure's or node's id, "" for the overall assessment.</summary>
    public string Subject => Result.Level == AssessmentLevel.Overall ? string.Empty : Result.Id;

    /// <summary>The id of its place on the page.</summary>
    public string Anchor => "bedomning-" + (Subject.Length == 0 ? "samlat" : Subject);
}
