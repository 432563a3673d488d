using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Hallbar.Reports.Tests.Tools;

[Trait(Needs.Trait, Needs.LibreOffice)]
[Trait(Needs.Trait, Needs.Poppler)]
public sealed class LibreOfficeTests
{
    [Fact]
    public async Task ConvertToPdfAsync_SwedishDocx_GivesPdfWithItsText()
    {
        var pdf = await LibreOffice.ConvertToPdfAsync(SwedishDocx());

        var text = await PdfTools.TextAsync(pdf);
        Assert.Contains("Hållbarhetsredovisning 2025", text, StringComparison.Ordinal);
        Assert.Matches(@"Växthusgasutsläpp\s+-36 %\s+Positiv", text);
    }

    [Fact]
    public async Task ConvertToPdfAsync_TwoAtOnce_BothConvert()
    {
        var docx = SwedishDocx();

        var pdfs = await Task.WhenAll(LibreOffice.ConvertToPdfAsync(docx), LibreOffice.ConvertToPdfAsync(docx));

        Assert.All(pdfs, pdf => Assert.Equal("%PDF", System.Text.Encoding.ASCII.GetString(pdf, 0, 4)));
    }

    [Fact]
    public async Task ConvertToPdfAsync_NotADocument_FailsWithLibreOfficesOutput()
    {
        var failure = await Assert.ThrowsAsync<ToolException>(() => LibreOffice.ConvertToPdfAsync("PK\u0003\u0004 cut off here"u8.ToArray()));

        Assert.Contains("LibreOffice did not convert the DOCX to PDF", failure.Message, StringComparison.Ordinal);
    }

    /// <summary>A heading in Word's built-in style, a paragraph and a table with a header row.</summary>
    private static byte[] SwedishDocx()
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var styles = main.AddNewPart<StyleDefinitionsPart>();
            styles.Styles = new Styles(new Style(
                new StyleName { Val = "heading 1" },
                new BasedOn { Val = "Normal" },
                new StyleParagraphProperties(new OutlineLevel { Val = 0 }),
                new StyleRunProperties(new Bold(), new FontSize { Val = "32" }))
            { Type = StyleValues.Paragraph, StyleId = "Heading1" });

            static TableCell Cell(string text) => new(new Paragraph(new Run(new Text(text))));
            var table = new Table(
                new TableProperties(new TableBorders(new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 })),
                new TableRow(new TableRowProperties(new TableHeader()), Cell("Mätetal"), Cell("2025"), Cell("Bedömning")),
                new TableRow(Cell("Växthusgasutsläpp"), Cell("-36 %"), Cell("Positiv")));

            main.Document = new Document(new Body(
                new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = "Heading1" }), new Run(new Text("Hållbarhetsredovisning 2025"))),
                new Paragraph(new Run(new Text("Utsläppen av växthusgaser har minskat sedan basåret 2019."))),
                table));
            main.Document.Body!.Append(new SectionProperties(new PageSize { Width = (UInt32Value)11906U, Height = (UInt32Value)16838U }));
        }

        return stream.ToArray();
    }
}
