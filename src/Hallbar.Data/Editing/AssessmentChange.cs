namespace Hallbar.Data.Editing;

/// <summary>
/// A final assessment set by hand for a measure, a goal node or the whole organization (subject
/// null), made from the version read (null: none was set). A grade other than the rule's
/// suggestion needs a motivation.
/// </summary>
public sealed record AssessmentChange(
    string OrganizationId,
    string? SubjectId,
    int Year,
    string GradeId,
    string? Motivation,
    int? ReadVersion,
    string ChangedBy,
    string? ScaleId = null);
