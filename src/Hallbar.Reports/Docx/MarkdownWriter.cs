using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Markdig.Extensions.Footnotes;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using MarkdownFootnote = Markdig.Extensions.Footnotes.Footnote;
using MarkdownTable = Markdig.Extensions.Tables.Table;
using MarkdownTableCell = Markdig.Extensions.Tables.TableCell;
using MarkdownTableRow = Markdig.Extensions.Tables.TableRow;
using TableColumnAlign = Markdig.Extensions.Tables.TableColumnAlign;

namespace Hallbar.Reports.Docx;

/// <summary>
/// Narrative Markdown as Word paragraphs: headings in Word's heading styles, lists with real
/// numbering, emphasis, links as hyperlinks and footnotes as Word footnotes. Raw HTML never
/// reaches this point (the pipeline disables it), so every node becomes text or structure.
/// </summary>
internal sealed class MarkdownWriter
{
    private readonly DocxParts _parts;
    private readonly OpenXmlPart _owner;
    private readonly int _headingOffset;
    private readonly string? _language;

    /// <param name="owner">The part the paragraphs go into: a link is a relationship of that part.</param>
    /// <param name="headingOffset">What turns a Markdown heading level into the document's.</param>
    /// <param name="language">The language tag of the text where it differs from the document's.</param>
    public MarkdownWriter(DocxParts parts, OpenXmlPart owner, int headingOffset, string? language)
    {
        _parts = parts;
        _owner = owner;
        _headingOffset = headingOffset;
        _language = language;
    }

    public IEnumerable<OpenXmlElement> Write(MarkdownDocument document) => Blocks(document, Place.Body);

    private IEnumerable<OpenXmlElement> Blocks(ContainerBlock container, Place place)
    {
        foreach (var block in container)
        {
            foreach (var element in Block(block, place))
            {
                yield return element;
            }

            // Only a list item's first paragraph carries its number; the ones after it are indented.
            place = place with { Numbered = false };
        }
    }

    private IEnumerable<OpenXmlElement> Block(Block block, Place place) => block switch
    {
        HeadingBlock heading => [Word.Paragraph(DocxStyles.Heading(heading.Level + _headingOffset), [.. Inlines(heading.Inline, Format.Plain)])],
        ParagraphBlock paragraph => [Paragraph(place, Inlines(paragraph.Inline, Format.Plain))],
        ListBlock list => List(list, place),
        QuoteBlock quote => Blocks(quote, place with { Style = DocxStyles.Quote }),
        MarkdownTable table => [Table(table)],
        CodeBlock code => code.Lines.Lines.Take(code.Lines.Count).Select(line => Paragraph(place, [Run(line.ToString(), Format.Plain with { Code = true })])),
        ThematicBreakBlock => [Rule()],

        // Footnotes are written where they are referred to; link definitions are already resolved.
        FootnoteGroup or LinkReferenceDefinitionGroup => [],
        ContainerBlock other => Blocks(other, place),
        LeafBlock leaf => [Paragraph(place, leaf.Inline is { } inline ? Inlines(inline, Format.Plain) : [Run(leaf.Lines.ToString(), Format.Plain)])],
        _ => [],
    };

    private IEnumerable<OpenXmlElement> List(ListBlock list, Place place)
    {
        var level = place.ListLevel is { } outer ? outer + 1 : 0;
        var numbering = list.IsOrdered
            ? _parts.Numbering.NewOrdered(int.TryParse(list.OrderedStart, NumberStyles.None, CultureInfo.InvariantCulture, out var start) ? start : 1)
            : ListNumbering.Bullets;
        return list.OfType<ListItemBlock>().SelectMany(item => Blocks(item, place with { ListLevel = level, NumberingId = numbering, Numbered = true }));
    }

    private static Paragraph Paragraph(Place place, IEnumerable<OpenXmlElement> content)
    {
        var paragraph = Word.Paragraph(place.ListLevel is not null ? DocxStyles.ListParagraph : place.Style, [.. content]);
        if (place.ListLevel is { } level)
        {
            var properties = paragraph.ParagraphProperties!;
            if (place.Numbered)
            {
                properties.NumberingProperties = ListNumbering.Properties(place.NumberingId, level);
            }
            else
            {
                properties.Indentation = ListNumbering.TextIndentation(level);
            }
        }

        return paragraph;
    }

    private Table Table(MarkdownTable table)
    {
        var rows = table.OfType<MarkdownTableRow>().ToList();
        var columns = Math.Max(table.ColumnDefinitions.Count, rows.Select(r => r.Count).DefaultIfEmpty(1).Max());
        var header = rows.FirstOrDefault(r => r.IsHeader);
        return WordTable.Create(
            string.Empty,
            [.. Enumerable.Repeat(1.0, columns)],
            Cells(header, columns, Format.Plain with { Bold = true }),
            rows.Where(r => r != header).Select(r => Cells(r, columns, Format.Plain)));

        List<TableCell> Cells(MarkdownTableRow? row, int count, Format format) =>
        [
            .. Enumerable.Range(0, count).Select(i =>
            {
                var right = i < table.ColumnDefinitions.Count && table.ColumnDefinitions[i].Alignment == TableColumnAlign.Right;
                var cell = row is not null && i < row.Count ? (MarkdownTableCell)row[i] : null;
                return WordTable.Cell(cell?.OfType<LeafBlock>().Select(b => WordTable.Text(Inlines(b.Inline, format), right)) ?? []);
            }),
        ];
    }

    private static Paragraph Rule() => new(new ParagraphProperties
    {
        ParagraphBorders = new ParagraphBorders(new BottomBorder { Val = BorderValues.Single, Size = 4, Space = 1, Color = "BFBFBF" }),
    });

    private IEnumerable<OpenXmlElement> Inlines(ContainerInline? container, Format format)
    {
        if (container is null)
        {
            yield break;
        }

        foreach (var inline in container)
        {
            switch (inline)
            {
                case LiteralInline literal:
                    yield return Run(literal.Content.ToString(), format);
                    break;
                case HtmlEntityInline entity:
                    yield return Run(entity.Transcoded.ToString(), format);
                    break;
                case CodeInline code:
                    yield return Run(code.Content, format with { Code = true });
                    break;
                case LineBreakInline lineBreak:
                    yield return lineBreak.IsHard ? new Run(new Break()) : Run(" ", format);
                    break;
                case EmphasisInline emphasis:
                    var emphasised = emphasis.DelimiterCount >= 2 ? format with { Bold = true } : format with { Italic = true };
                    foreach (var element in Inlines(emphasis, emphasised))
                    {
                        yield return element;
                    }

                    break;
                case FootnoteLink { IsBackLink: false } footnote:
                    yield return Footnote(footnote.Footnote);
                    break;
                case LinkInline { IsImage: true } image:
                    // A picture from elsewhere is not fetched: its description stands in for it.
                    foreach (var element in Inlines(image, format))
                    {
                        yield return element;
                    }

                    break;
                case LinkInline link:
                    foreach (var element in Link(link.Url, f => Inlines(link, f), format))
                    {
                        yield return element;
                    }

                    break;
                case AutolinkInline autolink:
                    foreach (var element in Link(autolink.IsEmail ? $"mailto:{autolink.Url}" : autolink.Url, f => [Run(autolink.Url, f)], format))
                    {
                        yield return element;
                    }

                    break;
                case ContainerInline other:
                    foreach (var element in Inlines(other, format))
                    {
                        yield return element;
                    }

                    break;
            }
        }
    }

    /// <summary>A link to an address on the web or a mail address; any other link keeps its text only.</summary>
    private IEnumerable<OpenXmlElement> Link(string? url, Func<Format, IEnumerable<OpenXmlElement>> text, Format format) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" or "mailto"
            ? [new Hyperlink(text(format with { Link = true })) { Id = _owner.AddHyperlinkRelationship(uri, isExternal: true).Id, History = true }]
            : text(format);

    private Run Footnote(MarkdownFootnote footnote)
    {
        var writer = new MarkdownWriter(_parts, _parts.Footnotes.Part, _headingOffset, _language);
        return _parts.Footnotes.Add([.. footnote.SelectMany(b => writer.Block(b, Place.Body)).OfType<Paragraph>()]);
    }

    private Run Run(string text, Format format)
    {
        var properties = new RunProperties();
        if (format.Link)
        {
            properties.RunStyle = new RunStyle { Val = DocxStyles.Hyperlink };
        }

        if (format.Code)
        {
            properties.RunFonts = new RunFonts { Ascii = "Courier New", HighAnsi = "Courier New", ComplexScript = "Courier New" };
        }

        if (format.Bold)
        {
            properties.Bold = new Bold();
        }

        if (format.Italic)
        {
            properties.Italic = new Italic();
        }

        if (_language is not null)
        {
            properties.Languages = new Languages { Val = _language };
        }

        return Word.Run(text, properties.HasChildren ? properties : null);
    }

    /// <summary>Where a block is: in the body, a quote, or a list item at a level of a numbering.</summary>
    private readonly record struct Place(string? Style, int? ListLevel, int NumberingId, bool Numbered)
    {
        public static Place Body => default;
    }

    private readonly record struct Format(bool Bold, bool Italic, bool Code, bool Link)
    {
        public static Format Plain => default;
    }
}
