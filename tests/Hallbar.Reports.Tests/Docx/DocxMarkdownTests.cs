using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Hallbar.Reports.Model;

namespace Hallbar.Reports.Tests.Docx;

/// <summary>Narrative Markdown the demo does not use, each construct read back as Word structure.</summary>
public sealed class DocxMarkdownTests
{
    private const string Markdown = """
        Text med *kursiv* och **fet** stil, en [länk](https://example.org/a) och <https://example.org/b>.

        - punkt
          - underpunkt

        3. tredje
        4. fjärde

        > Ett citat.

        | Område | Andel |
        |---|---:|
        | Inköp | 81 % |

        ## Rubrik

        Fotnot i ett senare stycke.[^not]
        """;

    [Fact]
    public async Task RenderAsync_MarkdownConstructs_BecomeWordStructure()
    {
        using var document = await Render(
            new NarrativeBlock(Markdown, "sv"),
            new ParagraphBlock("mellan två stycken text"),
            new NarrativeBlock("[^not]: Definierad i ett annat block än hänvisningen.", "sv"));
        var body = document.MainDocumentPart!.Document!.Body!;
        var paragraphs = body.Elements<Paragraph>().SkipWhile(p => DocxText.Style(p) != "Heading1").ToList();
        Paragraph Containing(string text) => paragraphs.First(p => DocxText.Of(p).Contains(text, StringComparison.Ordinal));

        var first = Containing("Text med");
        Assert.NotNull(first.Descendants<Run>().Single(r => DocxText.Of(r) == "kursiv").RunProperties?.Italic);
        Assert.NotNull(first.Descendants<Run>().Single(r => DocxText.Of(r) == "fet").RunProperties?.Bold);
        Assert.Equal(
            ["https://example.org/a", "https://example.org/b"],
            first.Elements<Hyperlink>().Select(h => document.MainDocumentPart!.HyperlinkRelationships.Single(r => r.Id == h.Id).Uri.ToString()));

        Assert.Equal(1, Containing("underpunkt").ParagraphProperties?.NumberingProperties?.NumberingLevelReference?.Val?.Value);
        var ordered = document.MainDocumentPart!.NumberingDefinitionsPart!.Numbering!.Elements<NumberingInstance>()
            .Single(n => n.NumberID!.Value == Containing("tredje").ParagraphProperties!.NumberingProperties!.NumberingId!.Val!.Value);
        Assert.Equal(3, ordered.GetFirstChild<LevelOverride>()?.StartOverrideNumberingValue?.Val?.Value);
        Assert.Equal("Quote", DocxText.Style(Containing("Ett citat.")));

        var table = Assert.Single(body.Elements<Table>());
        Assert.Equal([["Område", "Andel"], ["Inköp", "81 %"]], DocxText.Rows(table));
        Assert.NotNull(table.Elements<TableRow>().First().TableRowProperties?.GetFirstChild<TableHeader>());

        // "##" is the narrative's shallowest heading, so it comes right below the chapter's Heading1.
        Assert.Equal("Heading2", DocxText.Style(Containing("Rubrik")));
        var reference = Assert.Single(Containing("Fotnot i ett senare stycke.").Descendants<FootnoteReference>());
        Assert.Contains(
            document.MainDocumentPart.FootnotesPart!.Footnotes!.Elements<Footnote>(),
            f => f.Id?.Value == reference.Id?.Value && DocxText.Of(f).Contains("Definierad i ett annat block", StringComparison.Ordinal));
    }

    private static async Task<WordprocessingDocument> Render(params Block[] blocks)
    {
        var report = new Report
        {
            Title = "Hållbarhetsredovisning 2025",
            OrganizationName = "Exempelkommun",
            Year = 2025,
            Language = "sv",
            Chapters = [new Chapter("kapitel", "Kapitel", blocks)],
        };
        return WordprocessingDocument.Open(new MemoryStream(await DemoDocx.Render(report)), isEditable: false);
    }
}
