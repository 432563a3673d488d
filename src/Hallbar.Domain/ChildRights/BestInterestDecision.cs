namespace Hallbar.Domain.ChildRights;

/// <summary>A decision that concerns children, and whether the child's best interest was assessed before it (prövning av barnets bästa).</summary>
public sealed record BestInterestDecision
{
    public BestInterestDecision(string title, bool assessmentMade, string? reference = null, string? unitId = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        Title = title;
        AssessmentMade = assessmentMade;
        Reference = reference;
        UnitId = unitId;
    }

    public string Title { get; }

    public bool AssessmentMade { get; }

    /// <summary>The decision's diary number or document ("HSF250001-17").</summary>
    public string? Reference { get; }

    public string? UnitId { get; }
}
