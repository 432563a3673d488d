using Hallbar.Domain.Assessment;
using Hallbar.Domain.ChildRights;
using Hallbar.Domain.Goals;
using Hallbar.Domain.Highlights;
using Hallbar.Domain.Measures;
using Hallbar.Domain.Narrative;
using Hallbar.Domain.Organizations;
using Hallbar.Domain.Surveys;

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

    /// <summary>Självskattningsenkäter, one per year.</summary>
    public IReadOnlyList<Survey> Surveys { get; init; } = [];

    /// <summary>The units' answers to the surveys.</summary>
    public IReadOnlyList<SurveyResponse> SurveyResponses { get; init; } = [];

    /// <summary>Barnbokslut facts, one per year.</summary>
    public IReadOnlyList<ChildRightsFacts> ChildRights { get; init; } = [];

    /// <summary>Höjdpunkter in the order they are shown.</summary>
    public IReadOnlyList<Highlight> Highlights { get; init; } = [];

    /// <summary>The year's survey results with the change from the previous year's survey, or null when the year has no survey.</summary>
    public SurveyResult? SurveyResultFor(int year)
    {
        var survey = Surveys.FirstOrDefault(s => s.Year == year);
        if (survey is null)
        {
            return null;
        }

        var previous = Surveys.Where(s => s.Year < year).MaxBy(s => s.Year);
        return SurveyResults.Compute(survey, SurveyResponses, previous is null ? null : (previous, SurveyResponses));
    }

    public AssessmentScale DefaultScale => Scale(DefaultScaleId);

    public AssessmentScale Scale(string? id) =>
        Scales.FirstOrDefault(s => s.Id == (id ?? DefaultScaleId))
        ?? throw new KeyNotFoundException($"No scale '{id}'.");

    public IEnumerable<GoalNode> AllNodes() => Goals.SelectMany(g => g.DescendantsAndSelf());

    public IEnumerable<Measure> AllMeasures() => AllNodes().SelectMany(n => n.Measures);
}
