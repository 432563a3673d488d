namespace Hallbar.Reports.Xlsx;

/// <summary>What one sheet shows: an optional heading on its first row, then its sections one below the other.</summary>
internal sealed record SheetPlan(string Name, string? Heading, IReadOnlyList<SheetSection> Sections);
