using Hallbar.Reports.Markdown;
using Hallbar.Reports.Model;
using Markdig.Extensions.Footnotes;
using Markdig.Syntax;

namespace Hallbar.Reports.Xlsx;

/// <summary>
/// The numbers the footnotes on chapters' headings have in the report, where they count on with the narrative's
/// footnotes in reading order (as HTML and Word number them): the workbook holds no narrative, but its notes keep the report's numbers.
/// </summary>
internal static class TitleNoteNumbers
{
    /// <returns>For each chapter, the number of the first footnote on its heading.</returns>
    public static Dictionary<Chapter, int> First(Report report)
    {
        var first = new Dictionary<Chapter, int>(ReferenceEqualityComparer.Instance);
        var count = 0;
        foreach (var chapter in report.AllChapters())
        {
            first[chapter] = count + 1;
            count += chapter.TitleNotes.Count;
            var narrative = new ChapterNarrative(chapter.Blocks.OfType<NarrativeBlock>());
            count += chapter.Blocks.OfType<NarrativeBlock>().Sum(b => narrative.Document(b).Descendants<Footnote>().Count(f => f.Order > 0));
        }

        return first;
    }

    /// <summary>The title with its notes' numbers raised after their words ("Alla transporter⁷ drivs"), and the notes so numbered.</summary>
    public static (string Title, List<TableNote> Notes) Mark(Chapter chapter, int first)
    {
        var title = chapter.Title;
        var notes = chapter.TitleNotes.Select((n, i) => (n.At, Note: new TableNote((first + i).ToString(System.Globalization.CultureInfo.InvariantCulture), n.Text))).ToList();
        foreach (var (at, note) in Enumerable.Reverse(notes))
        {
            title = title.Insert(Math.Clamp(at, 0, title.Length), Superscript(note.Mark));
        }

        return (title, [.. notes.Select(n => n.Note)]);
    }

    private static string Superscript(string digits) => string.Concat(digits.Select(d => "⁰¹²³⁴⁵⁶⁷⁸⁹"[d - '0']));
}
