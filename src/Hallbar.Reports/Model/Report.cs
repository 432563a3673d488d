namespace Hallbar.Reports.Model;

/// <summary>
/// A hållbarhetsredovisning as every format prints it: chapters of narrative, tables and charts,
/// built once from the domain and rendered by one renderer per format.
/// </summary>
public sealed record Report
{
    public required string Title { get; init; }
    public required string OrganizationName { get; init; }
    public required int Year { get; init; }

    /// <summary>"sv" or "en": the language of the generated text. Narrative keeps the language it was written in.</summary>
    public required string Language { get; init; }

    public required IReadOnlyList<Chapter> Chapters { get; init; }

    /// <summary>The language the narrative sections are written in.</summary>
    public string NarrativeLanguage { get; init; } = "sv";

    /// <summary>Labels of the renderers' own texts (table of contents, "Figure", ...) in the report's language.</summary>
    public ReportLabels Labels => ReportLabels.For(Language);

    /// <summary>Every chapter in reading order, depth first.</summary>
    public IEnumerable<Chapter> AllChapters() => Chapters.SelectMany(c => c.DescendantsAndSelf());
}
