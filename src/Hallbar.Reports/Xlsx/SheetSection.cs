using Hallbar.Reports.Model;

namespace Hallbar.Reports.Xlsx;

/// <summary>A table, or a chart's data, under a title row and the paragraphs that lead into it ("Målvärde 2030: Öka").</summary>
internal sealed record SheetSection(string Title, IReadOnlyList<ParagraphBlock> Paragraphs, Block Content)
{
    /// <summary>The footnotes on words of the title, by their numbers in the report ("7"), printed below the table's own.</summary>
    public IReadOnlyList<TableNote> TitleNotes { get; init; } = [];
}
