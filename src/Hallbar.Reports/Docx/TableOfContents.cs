using System.Globalization;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Hallbar.Reports.Docx;

/// <summary>
/// The table of contents as Word's own TOC field over heading levels 1–3, marked dirty so that
/// Word rebuilds it with page numbers on opening. Until then it lists the headings, each a link to
/// a bookmark on its heading; page numbers are left to Word, since only layout knows them and
/// LibreOffice shows a field's last result rather than computing it.
/// </summary>
internal static class TableOfContents
{
    public const string Instruction = "TOC \\o \"1-3\" \\h \\z \\u";
    private const int DeepestLevel = 3;

    /// <summary>The contents' heading and entries; bookmarks the headings it lists.</summary>
    public static IEnumerable<Paragraph> Create(string title, IEnumerable<Paragraph> body)
    {
        var entries = new List<Paragraph>();
        var number = 0;
        foreach (var heading in body)
        {
            if (DocxStyles.HeadingLevel(heading.ParagraphProperties?.ParagraphStyleId?.Val?.Value) is not { } level || level > DeepestLevel)
            {
                continue;
            }

            var bookmark = $"_Toc{++number:D8}";
            var id = number.ToString(CultureInfo.InvariantCulture);
            heading.InsertAfter(new BookmarkStart { Id = id, Name = bookmark }, heading.ParagraphProperties);
            heading.Append(new BookmarkEnd { Id = id });
            entries.Add(Word.Paragraph(
                DocxStyles.TableOfContents(level),
                new Hyperlink(Word.Run(heading.InnerText)) { Anchor = bookmark, History = true }));
        }

        if (entries.Count == 0)
        {
            entries.Add(new Paragraph());
        }

        // The field spans the entries: it begins in the first and ends in the last.
        var first = entries[0];
        foreach (var run in Word.FieldStart(Instruction, dirty: true).Reverse())
        {
            first.InsertAfter(run, first.ParagraphProperties);
        }

        entries[^1].Append(Word.FieldEnd());

        var contents = Word.Paragraph(DocxStyles.TocHeading, Word.Run(title));
        contents.ParagraphProperties!.PageBreakBefore = new PageBreakBefore();
        return [contents, .. entries];
    }
}
