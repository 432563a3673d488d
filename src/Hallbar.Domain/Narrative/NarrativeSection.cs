namespace Hallbar.Domain.Narrative;

/// <summary>A text of the report written in Markdown, for a report year, optionally belonging to a goal node's chapter.</summary>
public sealed record NarrativeSection(string Id, string Title, string Markdown, int? Year = null, string? NodeId = null);
