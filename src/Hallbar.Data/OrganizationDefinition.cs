using Hallbar.ModelFile;

namespace Hallbar.Data;

/// <summary>
/// What belongs to the organization as a whole, stored as JSON in <see cref="Rows.OrganizationRow.Definition"/>.
/// The surveys' definitions are kept here with a version each, raised by every change to one; the
/// barnbokslut facts and the highlights as the model file has them. The units' survey responses are
/// rows of their own (<see cref="Rows.SurveyResponseRow"/>); <see cref="SurveyResponses"/> is only read,
/// from definitions stored before those rows existed.
/// </summary>
internal sealed record OrganizationDefinition(
    List<ScaleDto> Scales,
    string DefaultScale,
    RollUpDto? OverallRollUp,
    List<SurveyDto>? Surveys = null,
    List<SurveyResponseDto>? SurveyResponses = null,
    List<ChildRightsDto>? ChildRights = null,
    List<HighlightDto>? Highlights = null,
    Dictionary<string, int>? SurveyVersions = null)
{
    public int SurveyVersion(string surveyId) => SurveyVersions?.GetValueOrDefault(surveyId) ?? 1;
}
