using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Hallbar.Reports.Tests.Xlsx;

/// <summary>A generated workbook read back with the OpenXml SDK, as a spreadsheet program would see its cells.</summary>
internal sealed class ReadBackWorkbook
{
    private ReadBackWorkbook(IReadOnlyList<ReadBackSheet> sheets, string? title, string? creator, string? language)
    {
        Sheets = sheets;
        Title = title;
        Creator = creator;
        Language = language;
    }

    public IReadOnlyList<ReadBackSheet> Sheets { get; }

    public string? Title { get; }

    public string? Creator { get; }

    public string? Language { get; }

    /// <summary>The sheet whose first cell (its heading) is the given text.</summary>
    public ReadBackSheet SheetHeaded(string heading) =>
        Sheets.SingleOrDefault(s => s.TextAt(1, 1) == heading) ?? throw new InvalidOperationException($"No sheet is headed '{heading}'.");

    public static ReadBackWorkbook Read(byte[] bytes)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(bytes), isEditable: false);
        var workbook = document.WorkbookPart!;
        var strings = workbook.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(i => i.InnerText).ToList() ?? [];
        var stylesheet = workbook.WorkbookStylesPart!.Stylesheet;
        var formats = stylesheet.NumberingFormats?.Elements<NumberingFormat>().ToDictionary(f => f.NumberFormatId!.Value, f => f.FormatCode!.Value!) ?? [];
        var cellFormats = stylesheet.CellFormats!.Elements<CellFormat>().ToList();
        var fonts = stylesheet.Fonts!.Elements<Font>().ToList();

        var sheets = new List<ReadBackSheet>();
        foreach (var sheet in workbook.Workbook.Sheets!.Elements<Sheet>())
        {
            var worksheet = ((WorksheetPart)workbook.GetPartById(sheet.Id!.Value!)).Worksheet;
            var cells = new List<ReadBackCell>();
            foreach (var cell in worksheet.Descendants<Cell>())
            {
                var (column, row) = Position(cell.CellReference!.Value!);
                var format = cellFormats[(int)(cell.StyleIndex?.Value ?? 0)];
                var bold = fonts[(int)(format.FontId?.Value ?? 0)].Bold is not null;
                var raw = cell.CellValue?.Text ?? string.Empty;
                var isNumber = cell.DataType is null || cell.DataType.Value == CellValues.Number;
                var text = cell.DataType?.Value == CellValues.SharedString ? strings[int.Parse(raw, CultureInfo.InvariantCulture)]
                    : cell.DataType?.Value == CellValues.InlineString ? cell.InlineString!.InnerText
                    : raw;
                decimal? number = isNumber ? decimal.Parse(raw, NumberStyles.Float, CultureInfo.InvariantCulture) : null;
                cells.Add(new ReadBackCell(row, column, text, number, formats.GetValueOrDefault(format.NumberFormatId?.Value ?? 0), bold));
            }

            var frozen = worksheet.Descendants<Pane>().FirstOrDefault(p => p.State?.Value == PaneStateValues.Frozen)?.VerticalSplit?.Value ?? 0;
            var widths = worksheet.Descendants<Column>().ToDictionary(c => (int)c.Min!.Value, c => c.Width!.Value);
            sheets.Add(new ReadBackSheet(sheet.Name!.Value!, cells, (int)frozen, widths));
        }

        var properties = document.PackageProperties;
        return new ReadBackWorkbook(sheets, properties.Title, properties.Creator, properties.Language);
    }

    /// <summary>"C7" → (3, 7).</summary>
    private static (int Column, int Row) Position(string reference)
    {
        var letters = reference.TakeWhile(char.IsAsciiLetterUpper).ToList();
        var column = letters.Aggregate(0, (n, c) => (n * 26) + (c - 'A' + 1));
        return (column, int.Parse(reference[letters.Count..], CultureInfo.InvariantCulture));
    }
}
