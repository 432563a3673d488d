using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Hallbar.Reports.Docx;

/// <summary>
/// The frame every table in the document shares: the table style, full text width, a header row
/// that repeats on every page, rows that do not break across pages, and a caption for screen readers.
/// </summary>
internal static class WordTable
{
    private const string HeaderShading = "E6EFEA";

    /// <summary>A table whose columns share its width (the text's unless less is asked for) by <paramref name="weights"/>.</summary>
    public static Table Create(string caption, IReadOnlyList<double> weights, IReadOnlyList<TableCell> header, IEnumerable<IReadOnlyList<TableCell>> rows, int width = Word.TextWidth)
    {
        width = Math.Min(width, Word.TextWidth);
        var widths = Widths(weights, width);
        var properties = new TableProperties
        {
            TableStyle = new TableStyle { Val = DocxStyles.Table },
            TableWidth = new TableWidth { Width = Twips(width), Type = TableWidthUnitValues.Dxa },
            TableLayout = new TableLayout { Type = TableLayoutValues.Fixed },
            TableLook = new TableLook { FirstRow = true, FirstColumn = true, LastRow = false, LastColumn = false, NoHorizontalBand = true, NoVerticalBand = true },
        };
        if (caption.Length > 0)
        {
            properties.TableCaption = new TableCaption { Val = caption };
        }

        var table = new Table(properties, new TableGrid(widths.Select(w => new GridColumn { Width = Twips(w) })));
        table.Append(Row(header, widths, isHeader: true));
        table.Append(rows.Select(r => Row(r, widths, isHeader: false)));
        return table;
    }

    public static TableCell Cell(params IEnumerable<Paragraph> paragraphs)
    {
        var cell = new TableCell(paragraphs);

        // A cell must hold a paragraph, even an empty one.
        if (!cell.Elements<Paragraph>().Any())
        {
            cell.Append(new Paragraph());
        }

        return cell;
    }

    /// <summary>A paragraph of a cell: figures are set flush right so that their digits line up.</summary>
    public static Paragraph Text(IEnumerable<OpenXmlElement> runs, bool flushRight = false)
    {
        var paragraph = Word.Paragraph(DocxStyles.TableText, [.. runs]);
        if (flushRight)
        {
            paragraph.ParagraphProperties!.Justification = new Justification { Val = JustificationValues.Right };
        }

        return paragraph;
    }

    private static TableRow Row(IReadOnlyList<TableCell> cells, List<int> widths, bool isHeader)
    {
        var rowProperties = new TableRowProperties(new CantSplit());
        if (isHeader)
        {
            rowProperties.Append(new TableHeader());
        }

        var row = new TableRow(rowProperties);
        for (var i = 0; i < cells.Count; i++)
        {
            var cellProperties = new TableCellProperties { TableCellWidth = new TableCellWidth { Width = Twips(widths[Math.Min(i, widths.Count - 1)]), Type = TableWidthUnitValues.Dxa } };
            if (isHeader)
            {
                cellProperties.Shading = new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = HeaderShading };
                cellProperties.TableCellVerticalAlignment = new TableCellVerticalAlignment { Val = TableVerticalAlignmentValues.Bottom };
            }

            cells[i].PrependChild(cellProperties);
            row.Append(cells[i]);
        }

        return row;
    }

    private static List<int> Widths(IReadOnlyList<double> weights, int width)
    {
        var total = weights.Sum();
        return [.. weights.Select(w => (int)(width * w / total))];
    }

    private static string Twips(int value) => value.ToString(CultureInfo.InvariantCulture);
}
