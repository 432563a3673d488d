using Hallbar.Domain.Assessment;
using Hallbar.Domain.Goals;
using Hallbar.Domain.Measures;
using Hallbar.Domain.Narrative;
using Hallbar.Domain.Organizations;

namespace Hallbar.Domain;

/// <summary>An organization's complete goal model: units, scales, goal tree with measures and outcomes, and narrative.</summary>
public sealed record OrganizationModel
{
    public required Organization Organization { get; init; }
    public required IReadOnlyList<AssessmentScale> Scales { get; init; }
    public required string DefaultScaleId { get; init; }
    public required IReadOnlyList<GoalNode> Goals { get; init; }

    /// <summary>How the overall assessment (samlad bedömning) is made from the top-level nodes.</summary>
    public RollUpMethod OverallRollUp { get; init; } = new ManualRollUp();

    public IReadOnlyList<FinalAssessment> OverallAssessments { get; init; } = [];
    public IReadOnlyList<NarrativeSection> Sections { get; init; } = [];

    public AssessmentScale DefaultScale => Scale(DefaultScaleId);

    public AssessmentScale Scale(string? id) =>
        Scales.FirstOrDefault(s => s.Id == (id ?? DefaultScaleId))
        ?? throw new KeyNotFoundException($"No scale '{id}'.");

    public IEnumerable<GoalNode> AllNodes() => Goals.SelectMany(g => g.DescendantsAndSelf());

    public IEnumerable<Measure> AllMeasures() => AllNodes().SelectMany(n => n.Measures);
}
