using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;
using Hallbar.Reports.Model;
using Cell = DocumentFormat.OpenXml.Spreadsheet.Cell;
using Column = DocumentFormat.OpenXml.Spreadsheet.Column;
using ModelCell = Hallbar.Reports.Model.Cell;
using ModelColumn = Hallbar.Reports.Model.Column;
using ModelRow = Hallbar.Reports.Model.Row;
using Row = DocumentFormat.OpenXml.Spreadsheet.Row;

namespace Hallbar.Reports.Xlsx;

/// <summary>
/// Writes one sheet: its heading, then per section a title row, the leading paragraphs, the table
/// (header row, rows, a composite value's parts on rows of their own, footnote marks in a column of
/// their own) and the table's footnotes; or a chart's categories and series.
/// </summary>
internal sealed class SheetWriter(XlsxStyles styles, SharedStrings strings, string notesHeader)
{
    /// <summary>Widths in characters: names wrap within the first, figures always fit (a figure too wide shows as "####").</summary>
    private const double NameWidth = 50;
    private const double ValueWidth = 28;
    private const double MinWidth = 8;
    private const double Padding = 2;

    /// <summary>Excel's width of a column nobody sized.</summary>
    private const double DefaultWidth = 8.43;

    /// <summary>Points per line of 11 and 14 point Calibri, as Excel spaces them.</summary>
    private const double LineHeight = 15;
    private const double LargeLineHeight = 18.75;

    private static readonly CellStyle Heading = new(Bold: true, Large: true, Wrap: true);
    private static readonly CellStyle Title = new(Bold: true, Wrap: true);
    private static readonly CellStyle Paragraph = new(Wrap: true);
    private static readonly CellStyle Header = new(Bold: true, Wrap: true, Border: true);

    private readonly SheetData _data = new();
    private readonly Dictionary<int, double> _widths = [];
    private readonly List<(Cell Cell, int Column, string Text, CellStyle Style, int Span)> _wrapped = [];
    private readonly List<string> _merged = [];
    private readonly List<string> _numbersAsText = [];
    private uint _row;
    private int _span = 1;

    /// <summary>The rows at the top that stay in sight while scrolling, and are printed on every page.</summary>
    public uint FrozenRows { get; private set; }

    public Worksheet Write(SheetPlan plan, bool selected)
    {
        // Footnote marks go in one column to the right of the widest table, the same for every table on the sheet.
        var notesColumn = plan.Sections.Select(s => Headers(s.Content, withMarks: false).Count).DefaultIfEmpty(1).Max();
        var withNotes = plan.Sections.Any(s => s.Content is TableBlock t && t.Rows.Any(r => r.Cells.Any(c => c.Marks.Count > 0 || c.Parts.Any(p => p.Marks.Count > 0))));
        var notes = withNotes ? notesColumn : (int?)null;
        _span = notesColumn + (withNotes ? 1 : 0);

        if (plan.Heading is { } heading)
        {
            FullWidth(heading, Heading);
        }

        // With several tables of the same columns (an area's indicators), their common header is frozen at the
        // top, so that the years stay in sight while scrolling; every table keeps its own header with its marks.
        var common = plan.Sections.Select(s => Headers(s.Content, withMarks: false)).Distinct(StringListComparer.Instance).ToList();
        if (plan.Sections.Count > 1 && common.Count == 1)
        {
            FrozenRows = HeaderRow(common[0], HeaderStyles(plan.Sections[0].Content), notes);
        }

        foreach (var section in plan.Sections)
        {
            if (_row > 0 && _row != FrozenRows)
            {
                _row++;
            }

            FullWidth(section.Title, Title);
            foreach (var paragraph in section.Paragraphs)
            {
                FullWidth(paragraph.Label is { } label ? $"{label}: {paragraph.Text}" : paragraph.Text, Paragraph);
            }

            var header = section.Content switch
            {
                TableBlock table => Table(table, notes),
                ChartBlock chart => Chart(chart),
                _ => 0u,
            };
            foreach (var note in section.TitleNotes)
            {
                FullWidth($"{note.Mark} {note.Text}", Paragraph);
            }

            if (plan.Sections.Count == 1)
            {
                FrozenRows = header;
            }
        }

        return Build(selected);
    }

    private static List<string> Headers(Block content, bool withMarks) => content switch
    {
        TableBlock table => [.. table.Columns.Select(c => withMarks ? c.Header + string.Concat(c.Marks) : c.Header)],
        ChartBlock chart => [chart.CategoryHeader, .. chart.Series.Select(s => s.Name)],
        _ => [],
    };

    /// <summary>
    /// A heading, paragraph or footnote: one cell merged across the sheet's columns and wrapped within them,
    /// so that a long footnote reads, and prints, within the table's width.
    /// </summary>
    private void FullWidth(string text, CellStyle style)
    {
        AddRow([Text(0, text, style, span: _span)]);
        if (_span > 1)
        {
            _merged.Add($"{Reference(0, _row)}:{Reference(_span - 1, _row)}");
        }
    }

    /// <summary>Headers line up with what is below them: flush right over figures, set in over grades.</summary>
    private static List<CellStyle> HeaderStyles(Block content) => content switch
    {
        TableBlock table => [.. table.Columns.Select(c => Header with { Right = c.Kind == ColumnKind.Number, Indent = c.Kind == ColumnKind.Grade ? 1u : 0u })],
        ChartBlock chart => [Header, .. chart.Series.Select(_ => Header with { Right = true })],
        _ => [],
    };

    private uint HeaderRow(List<string> headers, List<CellStyle> headerStyles, int? notesColumn)
    {
        var cells = headers.Select((h, i) => Text(i, h, i < headerStyles.Count ? headerStyles[i] : Header, Math.Min(h.Length, i == 0 ? NameWidth : ValueWidth))).ToList();
        if (notesColumn is { } n)
        {
            cells.Add(Text(n, notesHeader, Header, notesHeader.Length));
        }

        AddRow(cells);
        return _row;
    }

    /// <returns>The index of the table's header row.</returns>
    private uint Table(TableBlock table, int? notesColumn)
    {
        var header = HeaderRow(Headers(table, withMarks: true), HeaderStyles(table), notesColumn);
        foreach (var row in table.Rows)
        {
            var summary = row.Kind == RowKind.Summary;
            var cells = new List<Cell>();
            for (var i = 0; i < Math.Min(row.Cells.Count, table.Columns.Count); i++)
            {
                if (TableCell(i, row.Cells[i], table.Columns[i], summary) is { } cell)
                {
                    cells.Add(cell);
                }
            }

            if (notesColumn is { } n && Marks([.. row.Cells.Select(c => c.Marks)], table.Columns) is { Length: > 0 } marks)
            {
                cells.Add(Text(n, marks, Paragraph, Math.Min(marks.Length, ValueWidth)));
            }

            AddRow(cells);
            Parts(row, table.Columns, notesColumn);
        }

        foreach (var note in table.Notes)
        {
            FullWidth($"{note.Mark} {note.Text}", Paragraph);
        }

        return header;
    }

    private Cell? TableCell(int column, ModelCell cell, ModelColumn kind, bool summary)
    {
        if (cell.Parts.Count > 0)
        {
            // A composite's figures are on the rows of its parts below.
            return null;
        }

        if (cell.IsMissing)
        {
            return Missing(column, cell.Text.Length > 0 ? cell.Text : "-", summary);
        }

        if (cell.Number is { } number)
        {
            return Number(column, number, cell.Unit, cell.Decimals, summary);
        }

        // A grade is set in a little from the figure before it, which stands flush right.
        var cap = column == 0 || kind.Kind == ColumnKind.Text ? NameWidth : ValueWidth;
        var style = new CellStyle(Bold: summary, Wrap: true, Indent: kind.Kind == ColumnKind.Grade ? 1u : 0u);
        return cell.Text.Length == 0 ? null : Text(column, cell.Text, style, Math.Min(cell.Text.Length + style.Indent, cap));
    }

    /// <summary>
    /// A composite value ("CMR 32 st, Kandidatförteckning 45 st, ...") as one row per part under the
    /// measure's row: the part's name indented in the first column, its figure of each year as a number.
    /// </summary>
    private void Parts(ModelRow row, IReadOnlyList<ModelColumn> columns, int? notesColumn)
    {
        var labels = row.Cells.SelectMany(c => c.Parts).Select(p => p.Label).Distinct(StringComparer.Ordinal).ToList();
        foreach (var label in labels)
        {
            var cells = new List<Cell> { Text(0, label, new CellStyle(Wrap: true, Indent: 1), Math.Min(label.Length + 2, NameWidth)) };
            var lines = row.Cells.Select(c => c.Parts.FirstOrDefault(p => p.Label == label)).ToList();
            for (var i = 1; i < lines.Count; i++)
            {
                if (lines[i] is not { } part)
                {
                    continue;
                }

                cells.Add(part.Number is { } number
                    ? Number(i, number, part.Unit, part.Decimals, summary: false)
                    : Missing(i, part.Text.Length > 0 ? part.Text : "-", summary: false));
            }

            // The part's own footnotes ("Kandidatförteckning** -" in the model case) in the notes column of its row.
            if (notesColumn is { } n && Marks(lines.Select(l => l?.Marks ?? []).ToList(), columns) is { Length: > 0 } marks)
            {
                cells.Add(Text(n, marks, Paragraph, Math.Min(marks.Length, ValueWidth)));
            }

            AddRow(cells);
        }
    }

    /// <summary>
    /// The row's footnote marks, each with the columns it is placed on unless that is the row's name:
    /// "*; ** (Utfall 2024)". A mark beside a figure would turn the figure into text.
    /// </summary>
    private static string Marks(IReadOnlyList<IReadOnlyList<string>> marksByColumn, IReadOnlyList<ModelColumn> columns)
    {
        var placed = marksByColumn.SelectMany((marks, i) => marks.Select(mark => (Mark: mark, Column: i)));
        return string.Join("; ", placed.GroupBy(p => p.Mark, StringComparer.Ordinal).Select(g =>
        {
            var where = g.Where(p => p.Column > 0 && p.Column < columns.Count).Select(p => columns[p.Column].Header).Distinct().ToList();
            return where.Count == 0 ? g.Key : $"{g.Key} ({string.Join(", ", where)})";
        }));
    }

    /// <returns>The index of the chart data's header row.</returns>
    private uint Chart(ChartBlock chart)
    {
        var header = HeaderRow(Headers(chart, withMarks: false), HeaderStyles(chart), null);
        for (var c = 0; c < chart.Categories.Count; c++)
        {
            var cells = new List<Cell> { Text(0, chart.Categories[c], new CellStyle(Wrap: true), Math.Min(chart.Categories[c].Length, NameWidth)) };
            for (var s = 0; s < chart.Series.Count; s++)
            {
                // A gap is left empty rather than "-": a chart drawn from the range shows a gap, not a zero.
                if (chart.Series[s].Values.ElementAtOrDefault(c) is { } value)
                {
                    cells.Add(Number(s + 1, value, chart.Unit, chart.Decimals, summary: false));
                }
            }

            AddRow(cells);
        }

        return header;
    }

    private Cell Number(int column, decimal value, string? unit, int decimals, bool summary)
    {
        Fit(column, Shown(value, unit, decimals));
        return new Cell
        {
            CellReference = Reference(column, _row + 1),
            StyleIndex = styles.Index(new CellStyle(Bold: summary, NumberFormat: XlsxStyles.NumberFormat(unit, decimals))),
            CellValue = new CellValue(value.ToString(CultureInfo.InvariantCulture)),
        };
    }

    private Cell Missing(int column, string text, bool summary) => Text(column, text, new CellStyle(Bold: summary, Right: true), text.Length);

    /// <summary>
    /// A text cell of the row being built. <paramref name="width"/> is what its column should make room for,
    /// if anything; a wrapped text takes the lines it needs across <paramref name="span"/> columns.
    /// </summary>
    private Cell Text(int column, string text, CellStyle style, double width = 0, int span = 1)
    {
        var reference = Reference(column, _row + 1);
        if (decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out _))
        {
            // Years as chart categories are labels; Excel would otherwise flag each one as a number stored as text.
            _numbersAsText.Add(reference);
        }

        Fit(column, width);
        var cell = new Cell
        {
            CellReference = reference,
            StyleIndex = styles.Index(style),
            DataType = CellValues.SharedString,
            CellValue = new CellValue(strings.Index(text).ToString(CultureInfo.InvariantCulture)),
        };
        if (style.Wrap)
        {
            _wrapped.Add((cell, column, text, style, span));
        }

        return cell;
    }

    /// <summary>How wide a figure shows with its number format: digits, grouping, decimals and unit.</summary>
    private static int Shown(decimal value, string? unit, int decimals) =>
        value.ToString(XlsxStyles.NumberPattern(decimals), CultureInfo.InvariantCulture).Length + (string.IsNullOrEmpty(unit) ? 0 : unit.Length + 1);

    private void Fit(int column, double width)
    {
        if (width > 0)
        {
            _widths[column] = Math.Max(_widths.GetValueOrDefault(column), width);
        }
    }

    private void AddRow(List<Cell> cells)
    {
        _row++;
        var row = new Row { RowIndex = _row };
        row.Append(cells);
        _data.Append(row);
    }

    private Worksheet Build(bool selected)
    {
        var widths = Enumerable.Range(0, Math.Max(_span, _widths.Count == 0 ? 0 : _widths.Keys.Max() + 1))
            .Select(c => _widths.TryGetValue(c, out var w) ? Math.Max(w, MinWidth) + Padding : DefaultWidth)
            .ToList();
        SetHeights(widths);

        var worksheet = new Worksheet(
            new SheetProperties(new PageSetupProperties { FitToPage = true }),
            new SheetViews(View(selected)));
        if (widths.Count > 0)
        {
            worksheet.Append(new Columns(widths.Select((w, c) => new Column { Min = (uint)c + 1, Max = (uint)c + 1, Width = w, CustomWidth = true })));
        }

        worksheet.Append(_data);
        if (_merged.Count > 0)
        {
            worksheet.Append(new MergeCells(_merged.Select(m => new MergeCell { Reference = m })) { Count = (uint)_merged.Count });
        }

        // Printed one page wide, as long as it takes; A4 as Swedish offices print.
        worksheet.Append(
            new PageMargins { Left = 0.5, Right = 0.5, Top = 0.75, Bottom = 0.75, Header = 0.3, Footer = 0.3 },
            new PageSetup { PaperSize = 9, Orientation = OrientationValues.Landscape, FitToWidth = 1, FitToHeight = 0 });
        if (_numbersAsText.Count > 0)
        {
            worksheet.Append(new IgnoredErrors(new IgnoredError
            {
                SequenceOfReferences = new ListValue<StringValue> { InnerText = string.Join(' ', _numbersAsText) },
                NumberStoredAsText = true,
            }));
        }

        return worksheet;
    }

    private SheetView View(bool selected)
    {
        var view = new SheetView { WorkbookViewId = 0 };
        if (selected)
        {
            view.TabSelected = true;
        }

        if (FrozenRows > 0)
        {
            var topLeft = Reference(0, FrozenRows + 1);
            view.Append(
                new Pane { VerticalSplit = FrozenRows, TopLeftCell = topLeft, ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen },
                new Selection { Pane = PaneValues.BottomLeft, ActiveCell = topLeft, SequenceOfReferences = new ListValue<StringValue> { InnerText = topLeft } });
        }

        return view;
    }

    /// <summary>
    /// Rows as high as their wrapped texts need. Neither Excel nor LibreOffice reliably fits a row to
    /// wrapped text when it opens a file, and never to text in merged cells, so the height is estimated
    /// here from the column widths, on the generous side.
    /// </summary>
    private void SetHeights(List<double> widths)
    {
        foreach (var row in _wrapped.GroupBy(w => (Row)w.Cell.Parent!))
        {
            var height = row.Max(w =>
            {
                var width = widths.Skip(w.Column).Take(w.Span).Sum();

                // A column's width counts digits; letters are narrower on average, bold and large ones wider.
                var perLine = (width - 1) * (w.Style.Large ? 0.75 : w.Style.Bold ? 1.0 : 1.1);
                return Lines(w.Text, perLine) * (w.Style.Large ? LargeLineHeight : LineHeight);
            });
            if (height > LineHeight)
            {
                row.Key.Height = height;
                row.Key.CustomHeight = true;
            }
        }
    }

    /// <summary>The lines a text wraps to at the given characters per line, breaking between words where it can.</summary>
    private static int Lines(string text, double perLine)
    {
        perLine = Math.Max(perLine, 1);
        var lines = 0;
        foreach (var paragraph in text.Split('\n'))
        {
            lines++;
            var line = 0.0;
            foreach (var word in paragraph.Split(' '))
            {
                if (line > 0 && line + 1 + word.Length > perLine)
                {
                    lines++;
                    line = 0;
                }

                line += (line > 0 ? 1 : 0) + word.Length;
                for (; line > perLine; line -= perLine)
                {
                    lines++;
                }
            }
        }

        return lines;
    }

    /// <summary>(2, 7) → "C7".</summary>
    private static string Reference(int column, uint row)
    {
        var letters = string.Empty;
        for (var c = column + 1; c > 0; c = (c - 1) / 26)
        {
            letters = (char)('A' + ((c - 1) % 26)) + letters;
        }

        return letters + row.ToString(CultureInfo.InvariantCulture);
    }

    private sealed class StringListComparer : IEqualityComparer<List<string>>
    {
        public static readonly StringListComparer Instance = new();

        public bool Equals(List<string>? x, List<string>? y) => x is null ? y is null : y is not null && x.SequenceEqual(y, StringComparer.Ordinal);

        public int GetHashCode(List<string> obj) => obj.Aggregate(0, (h, s) => HashCode.Combine(h, StringComparer.Ordinal.GetHashCode(s)));
    }
}
