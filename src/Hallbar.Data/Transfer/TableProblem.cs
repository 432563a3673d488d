namespace Hallbar.Data.Transfer;

/// <summary>
/// A problem in an imported table: where (row as numbered in the file, and column) and why, in
/// Swedish (<see cref="Reason"/>) and in English (<see cref="English"/>).
/// </summary>
public sealed record TableProblem(int Row, string Column, string Reason, string English)
{
    /// <summary>Where and why in one line: "rad 3, Värde: …", or with <paramref name="english"/> "row 3, Värde: …".</summary>
    public string Describe(bool english = false) => english ? $"row {Row}, {Column}: {English}" : $"rad {Row}, {Column}: {Reason}";

    public override string ToString() => Describe();
}
