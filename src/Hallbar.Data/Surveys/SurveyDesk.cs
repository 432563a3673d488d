using Hallbar.Data.Editing;
using Hallbar.Domain.Surveys;

namespace Hallbar.Data.Surveys;

/// <summary>A unit's stored answer to a survey, with its version and who saved and submitted it.</summary>
public sealed record StoredResponse(SurveyResponse Response, int Version, string ChangedBy, DateTimeOffset ChangedAt, string? SubmittedBy, DateTimeOffset? SubmittedAt);

/// <summary>A year's survey as stored: its definition (with the units it was sent to), the definition's version and every unit's answer so far.</summary>
public sealed record SurveyState(Survey Survey, int DefinitionVersion, IReadOnlyList<StoredResponse> Responses)
{
    public StoredResponse? ResponseOf(string unitId) => Responses.FirstOrDefault(r => r.Response.UnitId == unitId);
}

/// <summary>A unit's answer as a reporter saves it: a draft, or submitted (once) when <paramref name="Submit"/> is set. Made from the version read (null: no answer yet).</summary>
public sealed record ResponseChange(
    string OrganizationId,
    string SurveyId,
    string UnitId,
    IReadOnlyList<StatementAnswer> Answers,
    IReadOnlyList<FreeTextAnswer> FreeTexts,
    bool Submit,
    int? ReadVersion,
    string ChangedBy);

/// <summary>
/// The self-assessment survey's stored side: the admin defines a year's survey and sends it to org
/// units, each unit's reporter saves drafts and submits once, the admin can reopen a submitted answer.
/// Every change is checked against the version it was made from and the year's round, and written with its history.
/// Who may do what (a reporter only for their units) is decided by the caller.
/// </summary>
public sealed class SurveyDesk(HallbarDbContext db, TimeProvider time)
{
    private readonly HallbarDbContext _db = db;
    private readonly TimeProvider _time = time;

    /// <summary>The organization's surveys, newest year first.</summary>
    public Task<IReadOnlyList<Survey>> ListAsync(string organizationId, CancellationToken cancellationToken = default)
        => throw new NotImplementedException();

    /// <summary>The year's survey and its answers; null when the year has none.</summary>
    public Task<SurveyState?> ReadAsync(string organizationId, int year, CancellationToken cancellationToken = default)
        => throw new NotImplementedException();

    /// <summary>
    /// Creates the year's survey (readVersion null) or replaces its definition. Refused: a statement,
    /// category or question removed that submitted or draft answers use; a survey of a locked round's year.
    /// </summary>
    public Task<EditResult> SaveSurveyAsync(string organizationId, Survey survey, int? readVersion, string changedBy, CancellationToken cancellationToken = default)
        => throw new NotImplementedException();

    /// <summary>Sends the survey to more units (utskick); units already sent to stay. Refused for units the organization lacks.</summary>
    public Task<EditResult> SendAsync(string organizationId, string surveyId, IReadOnlyCollection<string> unitIds, string changedBy, CancellationToken cancellationToken = default)
        => throw new NotImplementedException();

    /// <summary>
    /// Saves a unit's draft or submits it. Refused: a unit the survey was not sent to, an answer already
    /// submitted (it must be reopened first), unknown statement, category or question ids, a locked round's year.
    /// </summary>
    public Task<EditResult> SaveResponseAsync(ResponseChange change, CancellationToken cancellationToken = default)
        => throw new NotImplementedException();

    /// <summary>Makes a submitted answer a draft again so the unit can change it; the reason is kept in the history.</summary>
    public Task<EditResult> ReopenAsync(string organizationId, string surveyId, string unitId, string reason, int readVersion, string changedBy, CancellationToken cancellationToken = default)
        => throw new NotImplementedException();
}
