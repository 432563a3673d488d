using System.Buffers.Binary;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Hallbar.Domain.Formatting;
using Hallbar.Reports.Charts;
using Hallbar.Reports.Model;
using A = DocumentFormat.OpenXml.Drawing;
using Pic = DocumentFormat.OpenXml.Drawing.Pictures;
using Wp = DocumentFormat.OpenXml.Drawing.Wordprocessing;

namespace Hallbar.Reports.Docx;

/// <summary>
/// A chart as a picture at the text's width with its description as alternative text, a numbered
/// caption above it, and its figures as a table after it for readers who cannot see the picture.
/// </summary>
internal sealed class ChartWriter(MainDocumentPart main, string language, ReportLabels labels)
{
    private const long EmuPerTwip = 635;

    // In twentieths of a point: a table of one or two series need not stretch across the page.
    private const int CategoryColumn = 2800;
    private const int SeriesColumn = 1700;

    private uint _lastPictureId;

    public IEnumerable<OpenXmlElement> Write(ChartBlock chart)
    {
        yield return Word.Caption(labels.Chart, chart.Number, chart.Title);
        yield return new Paragraph(
            new ParagraphProperties { KeepNext = new KeepNext(), Justification = new Justification { Val = JustificationValues.Center } },
            new Run(Picture(chart)));

        var caption = $"{labels.ChartData}: {chart.Title}";
        yield return Word.Paragraph(DocxStyles.Caption, Word.Run(labels.ChartData));
        var header = new[] { chart.CategoryHeader }.Concat(chart.Series.Select(s => s.Name))
            .Select((text, i) => WordTable.Cell(WordTable.Text([Word.Bold(text)], flushRight: i > 0)))
            .ToList();
        var rows = chart.Categories.Select((category, i) => (IReadOnlyList<TableCell>)
        [
            WordTable.Cell(WordTable.Text([Word.Run(category)])),
            .. chart.Series.Select(s => WordTable.Cell(WordTable.Text([Word.Run(Figure(i < s.Values.Count ? s.Values[i] : null, chart))], flushRight: true))),
        ]);
        var widths = new[] { CategoryColumn }.Concat(chart.Series.Select(_ => SeriesColumn)).ToList();
        yield return WordTable.Create(caption, [.. widths.Select(w => (double)w)], header, rows, widths.Sum());
    }

    /// <summary>A value as the report prints figures; a series without a value in a category leaves its cell empty.</summary>
    private string Figure(decimal? value, ChartBlock chart) => value is { } v
        ? NumberText.WithUnit(Math.Round(v, chart.Decimals, MidpointRounding.AwayFromZero), chart.Unit, language)
        : string.Empty;

    private Drawing Picture(ChartBlock chart)
    {
        var png = ChartImage.Png(chart, language, 2 * ChartImage.LayoutWidth, 2 * ChartImage.LayoutHeight(chart));
        var part = main.AddImagePart(ImagePartType.Png);
        using (var stream = new MemoryStream(png))
        {
            part.FeedData(stream);
        }

        // The picture fills the text width at the image's own proportions.
        var (width, height) = PixelSize(png);
        var cx = Word.TextWidth * EmuPerTwip;
        var cy = cx * height / width;
        var id = ++_lastPictureId;
        var name = $"{labels.Chart} {chart.Number}";
        return new Drawing(new Wp.Inline(
            new Wp.Extent { Cx = cx, Cy = cy },
            new Wp.EffectExtent { LeftEdge = 0, TopEdge = 0, RightEdge = 0, BottomEdge = 0 },
            new Wp.DocProperties { Id = id, Name = name, Description = chart.Description, Title = chart.Title },
            new Wp.NonVisualGraphicFrameDrawingProperties(new A.GraphicFrameLocks { NoChangeAspect = true }),
            new A.Graphic(new A.GraphicData(
                new Pic.Picture(
                    new Pic.NonVisualPictureProperties(
                        new Pic.NonVisualDrawingProperties { Id = id, Name = name, Description = chart.Description },
                        new Pic.NonVisualPictureDrawingProperties()),
                    new Pic.BlipFill(new A.Blip { Embed = main.GetIdOfPart(part) }, new A.Stretch(new A.FillRectangle())),
                    new Pic.ShapeProperties(
                        new A.Transform2D(new A.Offset { X = 0, Y = 0 }, new A.Extents { Cx = cx, Cy = cy }),
                        new A.PresetGeometry(new A.AdjustValueList()) { Preset = A.ShapeTypeValues.Rectangle })))
            { Uri = "http://schemas.openxmlformats.org/drawingml/2006/picture" }))
        { DistanceFromTop = 0, DistanceFromBottom = 0, DistanceFromLeft = 0, DistanceFromRight = 0 });
    }

    /// <summary>Width and height from the PNG header, so that any size ChartImage draws keeps its proportions.</summary>
    private static (long Width, long Height) PixelSize(byte[] png) =>
        png.Length >= 24
            ? (BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(16, 4)), BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(20, 4)))
            : (16, 9);
}
