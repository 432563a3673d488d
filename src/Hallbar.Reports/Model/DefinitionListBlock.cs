namespace Hallbar.Reports.Model;

/// <summary>Terms and what they mean, such as the grades of an assessment scale.</summary>
public sealed record DefinitionListBlock(IReadOnlyList<Definition> Items) : Block;
