using AngleSharp.Html.Parser;
using DocumentFormat.OpenXml.Packaging;
using Hallbar.Domain.Highlights;
using Hallbar.Reports.Building;
using Hallbar.Reports.Docx;
using Hallbar.Reports.Html;
using Hallbar.Reports.Model;
using Hallbar.Reports.Pdf;
using Hallbar.Reports.Tests.Docx;
using Hallbar.Reports.Tests.Tools;
using Hallbar.Reports.Tests.Xlsx;
using Hallbar.Reports.Xlsx;
using SkiaSharp;
using Wp = DocumentFormat.OpenXml.Drawing.Wordprocessing;

namespace Hallbar.Reports.Tests;

/// <summary>
/// A highlight with a photo, in every format: the picture with its alternative text and credit where
/// the format can show pictures, the alternative text and credit as text in the workbook.
/// </summary>
[Collection(SharedChromium.Name)]
public sealed class HighlightPhotoReportTests(ChromiumFixture chromium)
{
    private const string Alt = "En guldfärgad buss vid en hållplats i Västerås";
    private const string Credit = "Anna Berg";
    private const int Width = 40;
    private const int Height = 30;

    private static readonly Lazy<Report> Report = new(() => WithPhoto(Demo.Report()));

    /// <summary>The highlights chapter alone: the other formats' tools need not read the whole report to find the photo.</summary>
    private static Report HighlightsOnly => Report.Value with { Chapters = [Report.Value.Chapters.Single(c => c.Id == "hojdpunkter")] };

    [Fact]
    public void Build_HighlightWithPhoto_HasThePhotoAtItsPixelSize()
    {
        var photo = Assert.Single(Report.Value.AllChapters().SelectMany(c => c.Blocks).OfType<PhotoBlock>());

        Assert.Equal((Alt, Credit, "image/png"), (photo.AltText, photo.Credit, photo.MediaType));
        Assert.Equal((Width, Height), (photo.Width, photo.Height));
    }

    [Fact]
    public void Html_PhotoIsAFigureWithAltTextAndTheCreditAsCaption()
    {
        var html = new HtmlParser().ParseDocument(HtmlReportRenderer.RenderDocument(Report.Value));
        var figure = Assert.Single(html.QuerySelectorAll("figure.photo"));

        var image = figure.QuerySelector("img")!;
        Assert.Equal(Alt, image.GetAttribute("alt"));
        Assert.StartsWith("data:image/png;base64,", image.GetAttribute("src"), StringComparison.Ordinal);
        Assert.Equal($"Foto: {Credit}", figure.QuerySelector("figcaption")!.TextContent);
        Assert.Equal("Sveriges nöjdaste kollektivtrafikkunder", figure.Closest("section")!.QuerySelector("h3")!.TextContent);
    }

    [Fact]
    [Trait(Needs.Trait, Needs.Java)]
    public async Task Html_ReportWithPhoto_PassesTheNuHtmlChecker() =>
        await Vnu.AssertNoErrorsAsync(HtmlReportRenderer.RenderDocument(HighlightsOnly));

    [Fact]
    [Trait(Needs.Trait, Needs.Chromium)]
    public async Task Html_ReportWithPhoto_HasNoAxeViolations() =>
        await Axe.AssertNoViolationsAsync(chromium.Browser, HtmlReportRenderer.RenderDocument(HighlightsOnly));

    [Fact]
    public async Task Docx_PhotoIsAPictureWithItsAltTextAndTheCreditBelow()
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(await DemoDocx.Render(HighlightsOnly)), isEditable: false);
        var main = document.MainDocumentPart!;

        var image = Assert.Single(main.ImageParts);
        Assert.Equal("image/png", image.ContentType);
        var picture = Assert.Single(main.Document.Body!.Descendants<Wp.Inline>());
        Assert.Equal(Alt, picture.GetFirstChild<Wp.DocProperties>()!.Description!.Value);
        // At the text's width (16,0 cm between A4's margins) and the photo's own proportions.
        var extent = picture.Extent!;
        Assert.Equal((Word.TextWidth * 635L, Word.TextWidth * 635L * Height / Width), (extent.Cx!.Value, extent.Cy!.Value));
        Assert.Contains($"Foto: {Credit}", main.Document.Body!.Descendants<DocumentFormat.OpenXml.Wordprocessing.Paragraph>().Select(DocxText.Of));
    }

    [Fact]
    [Trait(Needs.Trait, Needs.LibreOffice)]
    [Trait(Needs.Trait, Needs.Poppler)]
    public async Task Docx_WithPhoto_LibreOfficeConvertsItWithThePicture()
    {
        var pdf = await LibreOffice.ConvertToPdfAsync(await DemoDocx.Render(HighlightsOnly));

        Assert.Contains((await PdfTools.ImagesAsync(pdf)).Where(i => i.Type == "image"), i => (i.Width, i.Height) == (Width, Height));
    }

    [Fact]
    [Trait(Needs.Trait, Needs.Chromium)]
    [Trait(Needs.Trait, Needs.Poppler)]
    public async Task Pdf_PhotoIsTheOneImageAndItsCreditIsInTheText()
    {
        using var output = new MemoryStream();
        await new PdfReportRenderer(chromium.Printer).RenderAsync(HighlightsOnly, output);
        var pdf = output.ToArray();

        var image = Assert.Single(await PdfTools.ImagesAsync(pdf), i => i.Type == "image");
        Assert.Equal((Width, Height), (image.Width, image.Height));
        Assert.Contains($"Foto: {Credit}", await PdfTools.TextAsync(pdf), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Xlsx_HighlightRowHasTheAltTextAndCredit()
    {
        using var output = new MemoryStream();
        await new XlsxRenderer().RenderAsync(Report.Value, output);
        var sheet = ReadBackWorkbook.Read(output.ToArray()).Sheets.Single(s => s.Name == "Höjdpunkter");

        var row = Assert.Single(sheet.RowsStartingWith("Sveriges nöjdaste kollektivtrafikkunder"));
        Assert.Equal((Alt, Credit), (sheet.TextAt(row, 2), sheet.TextAt(row, 3)));
    }

    [Fact]
    public async Task Xlsx_DemoWithoutPhotos_HasNoPhotoSheet()
    {
        using var output = new MemoryStream();
        await new XlsxRenderer().RenderAsync(Demo.Report(), output);

        Assert.DoesNotContain(ReadBackWorkbook.Read(output.ToArray()).Sheets, s => s.Name == "Höjdpunkter");
    }

    /// <summary>The demo report built again with a photo on its first highlight; the demo's own highlights have none.</summary>
    private static Report WithPhoto(Report demo)
    {
        Assert.All(Demo.Model.Highlights, h => Assert.Null(h.Photo));
        var first = Demo.Model.Highlights[0];
        var photo = new HighlightPhoto(PhotoImage.ToDataUri(Png()), Alt, Credit);
        var model = Demo.Model with { Highlights = [new Highlight(first.Id, first.Year, first.Title, first.Markdown, photo), .. Demo.Model.Highlights.Skip(1)] };
        return ReportBuilder.Build(model, demo.Year, demo.Language);
    }

    /// <summary>A real, opaque PNG of a green field: without transparency a PDF holds it as one image, with no mask beside it.</summary>
    private static byte[] Png()
    {
        using var bitmap = new SKBitmap(new SKImageInfo(Width, Height, SKColorType.Rgba8888, SKAlphaType.Opaque));
        bitmap.Erase(new SKColor(0x0b, 0x5d, 0x3b));
        using var data = bitmap.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }
}
