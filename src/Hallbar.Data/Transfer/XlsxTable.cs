using System.Globalization;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Hallbar.Data.Transfer;

/// <summary>The outcome table as an Excel workbook (first sheet), with figures stored as numbers.</summary>
public static class XlsxTable
{
    private const int MaxColumns = 200;

    public static (OutcomeTable? Table, TableProblem? Problem) Read(Stream stream)
    {
        SpreadsheetDocument document;
        try
        {
            document = SpreadsheetDocument.Open(stream, isEditable: false);
        }
        catch (Exception e) when (IsUnreadable(e))
        {
            return (null, new TableProblem(1, "-", $"Filen är ingen Excel-arbetsbok (.xlsx): {e.Message}", $"The file is not an Excel workbook (.xlsx): {e.Message}"));
        }

        try
        {
            return Read(document);
        }
        catch (Exception e) when (IsUnreadable(e))
        {
            return (null, new TableProblem(1, "-", $"Arbetsboken är skadad och kan inte läsas: {e.Message}", $"The workbook is damaged and cannot be read: {e.Message}"));
        }
        finally
        {
            document.Dispose();
        }
    }

    /// <summary>What a damaged or foreign file makes the OpenXml SDK and its zip reader throw, as opposed to a bug here.</summary>
    private static bool IsUnreadable(Exception e) =>
        e is OpenXmlPackageException or InvalidDataException or FileFormatException or IOException or System.Xml.XmlException
            or InvalidOperationException or NotSupportedException or ArgumentException or FormatException or KeyNotFoundException;

    private static (OutcomeTable? Table, TableProblem? Problem) Read(SpreadsheetDocument document)
    {
        var workbook = document.WorkbookPart;
        var sheet = workbook?.Workbook.Sheets?.Elements<Sheet>().FirstOrDefault();
        if (workbook is null || sheet?.Id?.Value is not { } id || workbook.GetPartById(id) is not WorksheetPart part)
        {
            return (null, new TableProblem(1, "-", "Arbetsboken har inget kalkylblad.", "The workbook has no worksheet."));
        }

        var strings = workbook.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(i => i.InnerText).ToList() ?? [];
        var rows = new List<OutcomeTable.Row>();
        foreach (var row in part.Worksheet.Descendants<Row>())
        {
            var cells = new List<string>();
            foreach (var cell in row.Elements<Cell>())
            {
                var column = ColumnIndex(cell.CellReference?.Value) ?? cells.Count;
                if (column > MaxColumns)
                {
                    // The template has 13 columns; a cell far to the right is nothing it reads.
                    continue;
                }

                while (cells.Count < column)
                {
                    cells.Add(string.Empty);
                }

                cells.Add(Text(cell, strings));
            }

            rows.Add(new OutcomeTable.Row((int)(row.RowIndex?.Value ?? (uint)(rows.Count + 1)), cells));
        }

        if (rows.Count == 0)
        {
            return (null, new TableProblem(1, "-", "Kalkylbladet är tomt: den första raden ska vara rubrikerna.", "The worksheet is empty: the first row should be the headings."));
        }

        return (new OutcomeTable(rows[0].Cells, rows.Skip(1).Where(r => r.Cells.Any(c => !string.IsNullOrWhiteSpace(c))).ToList()), null);
    }

    public static void Write(OutcomeTable table, Stream stream)
    {
        using var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook);
        var workbook = document.AddWorkbookPart();
        workbook.Workbook = new Workbook();
        var worksheet = workbook.AddNewPart<WorksheetPart>();
        var data = new SheetData();
        var valueColumn = table.Header.ToList().IndexOf(OutcomeTable.ValueColumn);
        foreach (var (cells, index) in table.Rows.Select(r => r.Cells).Prepend(table.Header).Select((c, i) => (c, i)))
        {
            var row = new Row { RowIndex = (uint)(index + 1) };
            for (var c = 0; c < cells.Count; c++)
            {
                var number = index > 0 && c == valueColumn ? OutcomeTransfer.ParseNumber(cells[c]) : null;
                row.Append(number is { } n
                    ? new Cell { CellReference = Reference(c, index + 1), DataType = CellValues.Number, CellValue = new CellValue(n.ToString(CultureInfo.InvariantCulture)) }
                    : new Cell { CellReference = Reference(c, index + 1), DataType = CellValues.InlineString, InlineString = new InlineString(new Text(XmlText(cells[c]))) });
            }

            data.Append(row);
        }

        worksheet.Worksheet = new Worksheet(data);
        workbook.Workbook.AppendChild(new Sheets(new Sheet { Id = workbook.GetIdOfPart(worksheet), SheetId = 1, Name = "Utfall" }));
        workbook.Workbook.Save();
    }

    /// <summary>A workbook is XML: characters XML cannot hold (control characters pasted into a comment) are left out.</summary>
    private static string XmlText(string text)
    {
        var kept = new System.Text.StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsSurrogatePair(text, i))
            {
                kept.Append(text, i++, 2);
            }
            else if (XmlConvert.IsXmlChar(text[i]))
            {
                kept.Append(text[i]);
            }
        }

        return kept.ToString();
    }

    private static string Text(Cell cell, List<string> strings)
    {
        var raw = cell.CellValue?.Text ?? cell.InnerText;
        if (cell.DataType?.Value == CellValues.SharedString)
        {
            return int.TryParse(raw, CultureInfo.InvariantCulture, out var i) && i >= 0 && i < strings.Count ? strings[i] : string.Empty;
        }

        return cell.DataType?.Value == CellValues.InlineString ? cell.InlineString?.InnerText ?? string.Empty : raw;
    }

    /// <summary>"C7" → 2.</summary>
    private static int? ColumnIndex(string? reference)
    {
        if (string.IsNullOrEmpty(reference))
        {
            return null;
        }

        var index = 0;
        foreach (var letter in reference.TakeWhile(char.IsAsciiLetterUpper).Take(4))
        {
            index = (index * 26) + (letter - 'A' + 1);
        }

        return index == 0 ? null : index - 1;
    }

    private static string Reference(int column, int row)
    {
        var letters = string.Empty;
        for (var c = column + 1; c > 0; c = (c - 1) / 26)
        {
            letters = (char)('A' + ((c - 1) % 26)) + letters;
        }

        return letters + row.ToString(CultureInfo.InvariantCulture);
    }
}
