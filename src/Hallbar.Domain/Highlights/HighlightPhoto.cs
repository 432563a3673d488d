namespace Hallbar.Domain.Highlights;

/// <summary>A highlight's photo: where it is, what it shows for those who cannot see it, and whose it is.</summary>
public sealed record HighlightPhoto
{
    public HighlightPhoto(string source, string altText, string? credit = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(source);
        ArgumentException.ThrowIfNullOrWhiteSpace(altText);
        Source = source;
        AltText = altText;
        Credit = credit;
    }

    /// <summary>A file name beside the model, or a URI.</summary>
    public string Source { get; }

    public string AltText { get; }

    /// <summary>Fotograf or source ("Foto: ...").</summary>
    public string? Credit { get; }
}
