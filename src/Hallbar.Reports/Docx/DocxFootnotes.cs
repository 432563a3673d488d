using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Hallbar.Reports.Docx;

/// <summary>The footnotes part: Markdown footnotes become Word's own, numbered by Word at the foot of the page.</summary>
internal sealed class DocxFootnotes
{
    private readonly Footnotes _footnotes;
    private long _lastId;

    public DocxFootnotes(MainDocumentPart main)
    {
        Part = main.AddNewPart<FootnotesPart>();

        // Word expects the separator lines as footnotes -1 and 0, named in the settings' footnotePr.
        _footnotes = new Footnotes(
            new Footnote(new Paragraph(new Run(new SeparatorMark()))) { Type = FootnoteEndnoteValues.Separator, Id = -1 },
            new Footnote(new Paragraph(new Run(new ContinuationSeparatorMark()))) { Type = FootnoteEndnoteValues.ContinuationSeparator, Id = 0 });
        Part.Footnotes = _footnotes;
    }

    /// <summary>The part that holds the footnotes; links inside a footnote are its relationships.</summary>
    public FootnotesPart Part { get; }

    /// <summary>The settings' footnotePr, naming the separators.</summary>
    public static FootnoteDocumentWideProperties Settings() => new(new FootnoteSpecialReference { Id = -1 }, new FootnoteSpecialReference { Id = 0 });

    /// <summary>Adds a footnote of the given paragraphs and returns the run that refers to it in the text.</summary>
    public Run Add(IReadOnlyList<Paragraph> content)
    {
        var id = ++_lastId;
        var paragraphs = content.Count > 0 ? content : [new Paragraph()];
        foreach (var paragraph in paragraphs)
        {
            paragraph.ParagraphProperties ??= new ParagraphProperties();
            paragraph.ParagraphProperties.ParagraphStyleId = new ParagraphStyleId { Val = DocxStyles.FootnoteText };
        }

        // As Word lays out a footnote: its number and a space lead the text.
        var first = paragraphs[0];
        first.InsertAfter(Word.Run(" "), first.ParagraphProperties);
        first.InsertAfter(Reference(new FootnoteReferenceMark()), first.ParagraphProperties);
        _footnotes.Append(new Footnote(paragraphs) { Id = id });
        return Reference(new FootnoteReference { Id = id });
    }

    private static Run Reference(OpenXmlElement mark) => new(new RunProperties(new RunStyle { Val = DocxStyles.FootnoteReference }), mark);
}
