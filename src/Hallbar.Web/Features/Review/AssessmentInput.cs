namespace Hallbar.Web.Features.Review;

/// <summary>A final assessment as the form sends it: of what (none: the overall assessment), the grade, why, and the version read.</summary>
public sealed class AssessmentInput
{
    public string? SubjectId { get; set; }

    public string? GradeId { get; set; }

    public string? Motivation { get; set; }

    public int? ReadVersion { get; set; }
}
