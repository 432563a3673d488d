namespace Hallbar.Reports.Model;

/// <summary>A generated paragraph, optionally led by a label in bold ("Mål: År 2030 är ...").</summary>
public sealed record ParagraphBlock(string Text, string? Label = null) : Block;
