using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Hallbar.Reports.Markdown;
using Hallbar.Reports.Model;

namespace Hallbar.Reports.Docx;

/// <summary>
/// Writes the report into a new document: title page, table of contents, then the chapters in
/// reading order, each heading at its chapter's depth and each block by its writer.
/// </summary>
internal sealed class ReportWriter
{
    private readonly Report _report;
    private readonly DocxParts _parts;
    private readonly TableWriter _tables;
    private readonly ChartWriter _charts;
    private readonly PhotoWriter _photos;

    public ReportWriter(WordprocessingDocument document, Report report)
    {
        _report = report;
        _parts = new DocxParts(document, report.Language);
        _tables = new TableWriter(report.Labels);
        _charts = new ChartWriter(_parts.Pictures, report.Language, report.Labels);
        _photos = new PhotoWriter(_parts.Pictures, report.Labels);
        DocumentFrame.SetProperties(document, report);
    }

    public void Write()
    {
        var content = new List<OpenXmlElement>();
        foreach (var (chapter, i) in _report.Chapters.Select((c, i) => (c, i)))
        {
            // The first chapter starts after the contents, and an appendix on a page of its own.
            Add(content, Chapter(chapter, 1, newPage: i == 0 || chapter.IsAppendix));
        }

        if (content.LastOrDefault() is not Paragraph)
        {
            content.Add(new Paragraph());
        }

        var body = _parts.Body;
        body.Append(DocumentFrame.TitlePage(_report));
        body.Append(TableOfContents.Create(_report.Labels.Contents, content.OfType<Paragraph>()));
        body.Append(content);
        body.Append(DocumentFrame.Section(_parts.Main, _report));
    }

    /// <summary>Adds elements, keeping a paragraph between two tables: Word would join them into one.</summary>
    private static void Add(List<OpenXmlElement> content, IEnumerable<OpenXmlElement> elements)
    {
        foreach (var element in elements)
        {
            if (element is Table && content.LastOrDefault() is Table)
            {
                content.Add(new Paragraph());
            }

            content.Add(element);
        }
    }

    private IEnumerable<OpenXmlElement> Chapter(Chapter chapter, int level, bool newPage)
    {
        var heading = Word.Paragraph(DocxStyles.Heading(level), [.. Title(chapter)]);
        if (newPage)
        {
            heading.ParagraphProperties!.PageBreakBefore = new PageBreakBefore();
        }

        yield return heading;

        var narrative = new ChapterNarrative(chapter.Blocks.OfType<NarrativeBlock>());
        foreach (var element in chapter.Blocks.SelectMany(b => Block(b, level, narrative)))
        {
            yield return element;
        }

        for (var i = 0; i < chapter.Children.Count; i++)
        {
            // An appendix's first section follows its introduction; the sections after it start pages.
            var child = chapter.Children[i];
            foreach (var element in Chapter(child, level + 1, child.IsAppendix && !(chapter.IsAppendix && i == 0)))
            {
                yield return element;
            }
        }
    }

    /// <summary>The heading's text with Word's own footnotes after the words they are on, numbered on with the narrative's.</summary>
    private IEnumerable<OpenXmlElement> Title(Chapter chapter)
    {
        var from = 0;
        foreach (var note in chapter.TitleNotes)
        {
            var at = Math.Clamp(note.At, from, chapter.Title.Length);
            if (at > from)
            {
                yield return Word.Run(chapter.Title[from..at]);
            }

            yield return _parts.Footnotes.Add([Word.Paragraph(null, Word.Run(note.Text))]);
            from = at;
        }

        if (from < chapter.Title.Length || chapter.TitleNotes.Count == 0)
        {
            yield return Word.Run(chapter.Title[from..]);
        }
    }

    private IEnumerable<OpenXmlElement> Block(Block block, int level, ChapterNarrative narrative) => block switch
    {
        NarrativeBlock text => Narrative(text, level, narrative),
        ParagraphBlock paragraph => [Generated(paragraph)],
        DefinitionListBlock list => list.Items.Select(d => Word.Paragraph(null, Word.Bold(d.Term), Word.Run($" – {d.Meaning}"))),
        TableBlock table => _tables.Write(table),
        ChartBlock chart => _charts.Write(chart),
        PhotoBlock photo => _photos.Write(photo),
        _ => throw new NotSupportedException($"The DOCX renderer has no layout for {block.GetType().Name}."),
    };

    /// <summary>A generated paragraph; one led by a label ("Målvärde 2030: Öka") introduces what follows and stays with it.</summary>
    private static Paragraph Generated(ParagraphBlock paragraph)
    {
        if (paragraph.Label is not { } label)
        {
            return Word.Paragraph(null, Word.Run(paragraph.Text));
        }

        var labelled = Word.Paragraph(null, Word.Bold(label), Word.Run($": {paragraph.Text}"));
        labelled.ParagraphProperties = new ParagraphProperties { KeepNext = new KeepNext() };
        return labelled;
    }

    /// <summary>Markdown headings continue below the chapter's heading, from the chapter's shallowest one.</summary>
    private IEnumerable<OpenXmlElement> Narrative(NarrativeBlock text, int level, ChapterNarrative narrative)
    {
        var language = text.Language == _report.Language ? null : Word.LanguageTag(text.Language);
        var writer = new MarkdownWriter(_parts, _parts.Main, level + 1 - narrative.ShallowestHeading, language);
        return writer.Write(narrative.Document(text));
    }
}
