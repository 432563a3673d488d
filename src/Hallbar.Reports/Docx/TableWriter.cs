using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using Hallbar.Reports.Model;
using Column = Hallbar.Reports.Model.Column;

namespace Hallbar.Reports.Docx;

/// <summary>
/// A report table as the model case prints it: numbered caption above, the measure or goal first
/// in each row, figures flush right, summary rows bold, footnote marks raised after the text and
/// the notes in small print below.
/// </summary>
internal sealed class TableWriter(ReportLabels labels)
{
    // The first column names what the row is about and needs the room; figures and grades are short.
    private const double FirstColumn = 2.4;
    private const double TextColumn = 2.6;
    private const double ShortColumn = 1.3;

    private int _number;

    public IEnumerable<OpenXmlElement> Write(TableBlock table)
    {
        yield return Word.Caption(labels.Table, ++_number, table.Caption);

        var weights = table.Columns.Select((c, i) => i == 0 ? FirstColumn : c.Kind == ColumnKind.Text ? TextColumn : ShortColumn).ToList();
        var header = table.Columns.Select(c => WordTable.Cell(WordTable.Text(Marked([Word.Bold(c.Header)], c.Marks), IsFigure(c)))).ToList();
        var rows = table.Rows.Select(row => row.Cells.Select((cell, i) => Cell(cell, i < table.Columns.Count ? table.Columns[i] : null, row.Kind == RowKind.Summary)).ToList());
        yield return WordTable.Create(table.Caption, weights, header, rows);

        foreach (var note in table.Notes)
        {
            yield return Word.Paragraph(DocxStyles.TableNote, Word.Run($"{note.Mark} {note.Text}"));
        }
    }

    /// <summary>The cell's text, or a composite value's parts each on a line of its own with its marks after its label; the cell's marks after the last.</summary>
    private static TableCell Cell(Cell cell, Column? column, bool bold)
    {
        OpenXmlElement Run(string text) => bold ? Word.Bold(text) : Word.Run(text);
        IReadOnlyList<IEnumerable<OpenXmlElement>> lines = cell.Parts.Count > 0
            ? [.. cell.Parts.Select(p => Marked([Run(p.Label)], p.Marks).Append(Run(" " + p.Text)))]
            : [[Run(cell.IsMissing && string.IsNullOrWhiteSpace(cell.Text) ? "-" : cell.Text)]];

        // A text in a column of figures (a qualitative outcome) reads better flush left.
        var flushRight = column is not null && IsFigure(column) && (cell.Number is not null || cell.Parts.Count > 0 || cell.IsMissing);
        return WordTable.Cell(lines.Select((line, i) => WordTable.Text(i == lines.Count - 1 ? Marked(line, cell.Marks) : line, flushRight)));
    }

    private static IEnumerable<OpenXmlElement> Marked(IEnumerable<OpenXmlElement> runs, IReadOnlyList<string> marks) =>
        marks.Count == 0 ? runs : [.. runs, Word.Superscript(string.Join(",", marks))];

    private static bool IsFigure(Column column) => column.Kind == ColumnKind.Number;
}
