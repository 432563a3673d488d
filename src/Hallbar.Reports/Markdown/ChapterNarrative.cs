using Hallbar.Reports.Model;
using Markdig.Extensions.Footnotes;
using Markdig.Syntax;

namespace Hallbar.Reports.Markdown;

/// <summary>
/// The narrative blocks of one chapter, read together. Generated blocks split a section's Markdown,
/// so a footnote may be defined in another block than the one that refers to it ("Parisavtalet[^1]"
/// before the tables, "[^1]: ..." at the end); every block is read with the other blocks' definitions.
/// The chapter's shallowest Markdown heading is where its headings start below the chapter's own.
/// </summary>
internal sealed class ChapterNarrative
{
    private readonly Dictionary<NarrativeBlock, MarkdownDocument> _documents = [];

    public ChapterNarrative(IEnumerable<NarrativeBlock> blocks)
    {
        var definitions = new List<(NarrativeBlock Block, string Label, string Source)>();
        var alone = blocks.Distinct().Select(b => (Block: b, Document: NarrativeMarkdown.Parse(b.Markdown))).ToList();
        foreach (var (block, document) in alone)
        {
            // Markdig drops a definition nothing in its own text refers to, but keeps it as a link reference.
            var footnotes = document.GetLinkReferenceDefinitions(addGroup: false).Links.Values.OfType<FootnoteLinkReferenceDefinition>().Select(d => d.Footnote);
            definitions.AddRange(footnotes.Select(f => (block, f.Label ?? string.Empty, $"[{f.Label}]:{block.Markdown.AsSpan(f.Span.Start, f.Span.Length)}")));
        }

        foreach (var (block, document) in alone)
        {
            var own = definitions.Where(d => d.Block == block).Select(d => d.Label).ToHashSet();
            var borrowed = definitions.Where(d => d.Block != block && own.Add(d.Label)).Select(d => d.Source).ToList();
            var read = borrowed.Count == 0
                ? document
                : NarrativeMarkdown.Parse(block.Markdown + "\n\n" + string.Join("\n\n", borrowed));

            // A text that refers to none of the definitions it holds or borrows keeps an empty footnote list, drawn as a stray rule.
            foreach (var empty in read.Descendants<FootnoteGroup>().Where(g => g.Count == 0).ToList())
            {
                empty.Parent?.Remove(empty);
            }

            _documents[block] = read;
        }

        ShallowestHeading = _documents.Values.SelectMany(d => d.Descendants<HeadingBlock>()).Select(h => h.Level).DefaultIfEmpty(1).Min();
    }

    public int ShallowestHeading { get; }

    public MarkdownDocument Document(NarrativeBlock block) => _documents[block];
}
