using System.Buffers.Binary;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Hallbar.Domain.Formatting;
using Hallbar.Reports.Charts;
using Hallbar.Reports.Model;

namespace Hallbar.Reports.Docx;

/// <summary>
/// A chart as a picture at the text's width with its description as alternative text, a numbered
/// caption above it, and its figures as a table after it for readers who cannot see the picture.
/// </summary>
internal sealed class ChartWriter(Pictures pictures, string language, ReportLabels labels)
{
    // In twentieths of a point: a table of one or two series need not stretch across the page.
    private const int CategoryColumn = 2800;
    private const int SeriesColumn = 1700;

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
        return pictures.Inline(png, ImagePartType.Png, PixelSize(png), $"{labels.Chart} {chart.Number}", chart.Description, chart.Title);
    }

    /// <summary>Width and height from the PNG header, so that any size ChartImage draws keeps its proportions.</summary>
    private static (long Width, long Height) PixelSize(byte[] png) =>
        png.Length >= 24
            ? (BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(16, 4)), BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(20, 4)))
            : (16, 9);
}
