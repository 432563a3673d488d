namespace Hallbar.Data.Editing;

/// <summary>
/// A reporter's or admin's change of one outcome, made from the version they read (null: the
/// outcome did not exist yet). Exactly one of value, text or missing reason.
/// </summary>
public sealed record OutcomeChange(
    string OrganizationId,
    string MeasureId,
    string Period,
    decimal? Value,
    int? ReadVersion,
    string ChangedBy,
    string? Text = null,
    string? MissingReason = null,
    string? SeriesId = null,
    string? OrgUnitId = null,
    string? Source = null,
    string? Comment = null,
    string? Reason = null);
