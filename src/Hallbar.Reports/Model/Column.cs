namespace Hallbar.Reports.Model;

/// <summary>A table column: its header and what kind of content it holds.</summary>
public sealed record Column(string Header, ColumnKind Kind = ColumnKind.Text)
{
    /// <summary>Marks of footnotes about the whole column or table ("Mätetal*").</summary>
    public IReadOnlyList<string> Marks { get; init; } = [];
}
