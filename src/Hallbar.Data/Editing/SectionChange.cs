namespace Hallbar.Data.Editing;

/// <summary>A narrative section's new title and Markdown, made from the version read.</summary>
public sealed record SectionChange(string OrganizationId, string SectionId, string Title, string Markdown, int ReadVersion, string ChangedBy);
