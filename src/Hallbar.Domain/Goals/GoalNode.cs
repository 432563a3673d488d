using Hallbar.Domain.Assessment;
using Hallbar.Domain.Measures;

namespace Hallbar.Domain.Goals;

/// <summary>
/// A node of the goal tree: a målområde, a mål at any depth, or an indikator. Nodes nest to any
/// depth; measures hang on any node, usually on indicators.
/// </summary>
public sealed record GoalNode
{
    public required string Id { get; init; }
    public required NodeKind Kind { get; init; }
    public required string Name { get; init; }

    /// <summary>What the level is called in this organization ("Inriktningsmål", "Delmål"), when it is not the kind's usual name.</summary>
    public string? LevelName { get; init; }

    /// <summary>The goal as stated ("År 2030 är Region Västmanlands ...").</summary>
    public string? Statement { get; init; }

    public int? TargetYear { get; init; }
    public IReadOnlyList<Target> Targets { get; init; } = [];

    /// <summary>The scale this node is assessed on; null for the model's default scale.</summary>
    public string? ScaleId { get; init; }

    public RollUpMethod? RollUp { get; init; }
    public IReadOnlyList<GoalNode> Children { get; init; } = [];
    public IReadOnlyList<Measure> Measures { get; init; } = [];
    public IReadOnlyList<Footnote> Footnotes { get; init; } = [];
    public IReadOnlyList<FinalAssessment> Assessments { get; init; } = [];

    public FinalAssessment? FinalFor(int year, string? scaleId = null) => Assessments.FinalFor(year, scaleId);

    /// <summary>This node and every node below it, depth first.</summary>
    public IEnumerable<GoalNode> DescendantsAndSelf()
    {
        yield return this;
        foreach (var child in Children)
        {
            foreach (var node in child.DescendantsAndSelf())
            {
                yield return node;
            }
        }
    }
}
