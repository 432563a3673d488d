using Hallbar.Data.Rows;

namespace Hallbar.Data;

/// <summary>
/// An organization's rows as read in one go, each list in stored order: what its model is made of.
/// An import reads them once, checks its rows against them, and checks the whole with its own
/// outcomes in place of the stored ones without reading them again.
/// </summary>
internal sealed record OrganizationRows(
    OrganizationRow Organization,
    IReadOnlyList<OrgUnitRow> Units,
    IReadOnlyList<GoalNodeRow> Nodes,
    IReadOnlyList<MeasureRow> Measures,
    IReadOnlyList<OutcomeRow> Outcomes,
    IReadOnlyList<RestatementRow> Restatements,
    IReadOnlyList<AssessmentRow> Assessments,
    IReadOnlyList<SectionRow> Sections,
    IReadOnlyList<SurveyResponseRow> SurveyResponses);
