namespace Hallbar.Reports.Model;

/// <summary>
/// A photo (a highlight's) with its text alternative and the photographer's credit. <see cref="Width"/>
/// and <see cref="Height"/> are its pixels, for formats that size it to the page at its own proportions.
/// </summary>
public sealed record PhotoBlock(string Id, string MediaType, ReadOnlyMemory<byte> Content, string AltText, string? Credit) : Block
{
    public int Width { get; init; }

    public int Height { get; init; }

    /// <summary>The image as a data: URI, for HTML.</summary>
    public string DataUri => $"data:{MediaType};base64,{Convert.ToBase64String(Content.Span)}";
}
