namespace Hallbar.Data.Rows;

/// <summary>A final assessment of a measure, a goal node or the whole organization (subject "" ) for a year.</summary>
public sealed class AssessmentRow
{
    public long Id { get; set; }
    public required string OrganizationId { get; set; }
    public required string SubjectId { get; set; }
    public int Year { get; set; }
    public string ScaleId { get; set; } = "";
    public int Position { get; set; }
    public required string GradeId { get; set; }
    public string? Motivation { get; set; }
    public int Version { get; set; }
}
