namespace Hallbar.Reports.Model;

public enum RowKind
{
    Body,

    /// <summary>A closing row that sums up the rows above it ("Samlad bedömning av indikatorn").</summary>
    Summary,
}
