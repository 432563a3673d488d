namespace Hallbar.Data.Rows;

/// <summary>
/// One unit's answer to a survey: a draft or submitted, with its answers and free texts in the model
/// file's shape (JSON objects keyed by statement and question id).
/// </summary>
public sealed class SurveyResponseRow
{
    public required string OrganizationId { get; set; }
    public required string SurveyId { get; set; }
    public required string UnitId { get; set; }
    public int Year { get; set; }

    /// <summary>The order of the organization's responses, as the model file lists them.</summary>
    public int Position { get; set; }

    /// <summary>"draft" or "submitted".</summary>
    public required string Status { get; set; }

    /// <summary>Statement id to category id, as a JSON object.</summary>
    public required string Answers { get; set; }

    /// <summary>Question id to the unit's text, as a JSON object.</summary>
    public required string FreeTexts { get; set; }

    /// <summary>Concurrency token: raised by every accepted change.</summary>
    public int Version { get; set; }

    public required string ChangedBy { get; set; }
    public DateTimeOffset ChangedAt { get; set; }
    public string? SubmittedBy { get; set; }
    public DateTimeOffset? SubmittedAt { get; set; }
}
