namespace Hallbar.Reports.Tests.Xlsx;

/// <summary>A cell as a reader of the workbook gets it: a number (with its number format) or a text.</summary>
internal sealed record ReadBackCell(int Row, int Column, string Text, decimal? Number, string? NumberFormat, bool Bold)
{
    public bool IsNumber => Number is not null;
}
