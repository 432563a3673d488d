using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Hallbar.Reports.Tests.Docx;

/// <summary>Reads a DOCX back as a reader sees it: visible text only (no field codes), raised marks written "^*".</summary>
internal static class DocxText
{
    /// <summary>The text of an element; paragraphs on lines of their own, superscript runs led by "^".</summary>
    public static string Of(OpenXmlElement element)
    {
        var lines = element is Paragraph ? [element] : element.Descendants<Paragraph>().ToList<OpenXmlElement>();
        return string.Join("\n", (lines.Count > 0 ? lines : [element]).Select(Line));
    }

    private static string Line(OpenXmlElement element)
    {
        var text = new StringBuilder();
        foreach (var run in element is Run self ? [self] : element.Descendants<Run>())
        {
            var raised = run.RunProperties?.VerticalTextAlignment?.Val?.Value == VerticalPositionValues.Superscript;
            text.Append(raised ? "^" : string.Empty).Append(string.Concat(run.Elements<Text>().Select(t => t.Text)));
        }

        return text.ToString();
    }

    public static string? Style(Paragraph paragraph) => paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value;

    /// <summary>The table right after the caption that contains <paramref name="caption"/>.</summary>
    public static Table Captioned(Body body, string caption)
    {
        var captionParagraph = body.Elements<Paragraph>().Single(p => Style(p) == "Caption" && Of(p).Contains(caption, StringComparison.Ordinal));
        return Assert.IsType<Table>(captionParagraph.NextSibling());
    }

    public static List<List<string>> Rows(Table table) =>
        [.. table.Elements<TableRow>().Select(r => r.Elements<TableCell>().Select(Of).ToList())];

    /// <summary>The paragraphs after a table up to the next element that is not a table note.</summary>
    public static List<string> Notes(Table table) =>
        [.. table.ElementsAfter().TakeWhile(e => e is Paragraph p && Style(p) == "TableNote").Select(Of)];

    /// <summary>Every heading of the body in order, with its level from its style.</summary>
    public static List<(int Level, string Text)> Headings(Body body) =>
    [
        .. body.Elements<Paragraph>()
            .Select(p => (Style: Style(p), Paragraph: p))
            .Where(p => p.Style is not null && p.Style.StartsWith("Heading", StringComparison.Ordinal))
            .Select(p => (int.Parse(p.Style!["Heading".Length..]), Of(p.Paragraph))),
    ];
}
