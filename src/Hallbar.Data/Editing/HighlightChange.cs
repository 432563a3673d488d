namespace Hallbar.Data.Editing;

/// <summary>A highlight added (<paramref name="HighlightId"/> null) or changed, made from the version of the year's highlights read.</summary>
public sealed record HighlightChange(
    string OrganizationId,
    int Year,
    string? HighlightId,
    string Title,
    string Markdown,
    PhotoChange Photo,
    int ReadVersion,
    string ChangedBy);
