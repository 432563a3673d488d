namespace Hallbar.Reports.Model;

/// <summary>A table row; the first cell is its header.</summary>
public sealed record Row(IReadOnlyList<Cell> Cells, RowKind Kind = RowKind.Body);
