namespace Hallbar.Reports.Model;

/// <summary>A chapter or section: a heading, its blocks, and sections below it.</summary>
public sealed record Chapter(string Id, string Title, IReadOnlyList<Block> Blocks)
{
    public IReadOnlyList<Chapter> Children { get; init; } = [];

    /// <summary>Footnotes on words of the heading, in the order of their marks.</summary>
    public IReadOnlyList<HeadingNote> TitleNotes { get; init; } = [];

    /// <summary>Whether the chapter is an appendix (bilaga); renderers may start it on a new page.</summary>
    public bool IsAppendix { get; init; }

    public IEnumerable<Chapter> DescendantsAndSelf()
    {
        yield return this;
        foreach (var chapter in Children.SelectMany(c => c.DescendantsAndSelf()))
        {
            yield return chapter;
        }
    }
}
