namespace Hallbar.Data.Transfer;

/// <summary>A problem in an imported table: where (row as numbered in the file, and column) and why.</summary>
public sealed record TableProblem(int Row, string Column, string Reason)
{
    public override string ToString() => $"rad {Row}, {Column}: {Reason}";
}
