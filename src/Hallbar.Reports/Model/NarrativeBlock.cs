namespace Hallbar.Reports.Model;

/// <summary>Text written in the system, in Markdown; renderers parse it and never pass raw HTML through.</summary>
public sealed record NarrativeBlock(string Markdown, string Language) : Block;
