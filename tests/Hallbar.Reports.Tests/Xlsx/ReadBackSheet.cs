namespace Hallbar.Reports.Tests.Xlsx;

/// <summary>A sheet read back: its cells by row and column (both from 1), frozen rows and column widths.</summary>
internal sealed class ReadBackSheet(string name, IReadOnlyList<ReadBackCell> cells, int frozenRows, IReadOnlyDictionary<int, double> widths)
{
    public string Name => name;

    public IReadOnlyList<ReadBackCell> Cells => cells;

    public int FrozenRows => frozenRows;

    public IReadOnlyDictionary<int, double> Widths => widths;

    public ReadBackCell? this[int row, int column] => cells.FirstOrDefault(c => c.Row == row && c.Column == column);

    public string TextAt(int row, int column) => this[row, column]?.Text ?? string.Empty;

    /// <summary>The rows whose first cell is the given text, top to bottom.</summary>
    public List<int> RowsStartingWith(string text) => [.. cells.Where(c => c.Column == 1 && c.Text == text).Select(c => c.Row)];

    /// <summary>The column under the nearest header above the row that reads <paramref name="header"/>.</summary>
    public int ColumnAbove(int row, string header) =>
        cells.Where(c => c.Row < row && c.Text == header).OrderByDescending(c => c.Row).Select(c => c.Column).FirstOrDefault();
}
