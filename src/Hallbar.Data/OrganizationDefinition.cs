using Hallbar.ModelFile;

namespace Hallbar.Data;

/// <summary>
/// What belongs to the organization as a whole, stored as JSON in <see cref="Rows.OrganizationRow.Definition"/>.
/// The surveys' definitions are kept here with a version each, raised by every change to one; the
/// barnbokslut facts and the highlights as the model file has them, with a version for each year's. The units' survey responses are
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
    Dictionary<string, int>? SurveyVersions = null,
    Dictionary<int, int>? HighlightVersions = null,
    Dictionary<int, int>? ChildRightsVersions = null)
{
    public int SurveyVersion(string surveyId) => SurveyVersions?.GetValueOrDefault(surveyId) ?? 1;

    /// <summary>The version of a year's highlights, raised by every change to them (their order too).</summary>
    public int HighlightVersion(int year) => HighlightVersions?.GetValueOrDefault(year) ?? 1;

    /// <summary>The version of a year's barnbokslut facts.</summary>
    public int ChildRightsVersion(int year) => ChildRightsVersions?.GetValueOrDefault(year) ?? 1;
}
