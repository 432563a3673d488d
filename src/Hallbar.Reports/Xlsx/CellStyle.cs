namespace Hallbar.Reports.Xlsx;

/// <summary>How a cell looks; <see cref="XlsxStyles"/> turns each distinct one into a cell format of the workbook.</summary>
/// <param name="NumberFormat">An Excel number format code such as <c>0.0" %"</c>; null for text and the General format.</param>
/// <param name="Border">A thin line under the cell, as under a table's header row.</param>
internal readonly record struct CellStyle(
    bool Bold = false,
    bool Large = false,
    bool Wrap = false,
    bool Right = false,
    uint Indent = 0,
    bool Border = false,
    string? NumberFormat = null);
