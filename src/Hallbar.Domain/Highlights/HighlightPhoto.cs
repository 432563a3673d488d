namespace Hallbar.Domain.Highlights;

/// <summary>A highlight's photo: the image, what it shows for those who cannot see it, and whose it is.</summary>
public sealed record HighlightPhoto
{
    public HighlightPhoto(string source, string altText, string? credit = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(source);
        ArgumentException.ThrowIfNullOrWhiteSpace(altText);
        if (PhotoImage.Problem(source) is { } problem)
        {
            throw new ArgumentException(problem, nameof(source));
        }

        Source = source;
        AltText = altText;
        Credit = string.IsNullOrWhiteSpace(credit) ? null : credit;
    }

    /// <summary>The image as a data: URI ("data:image/jpeg;base64,..."), see <see cref="PhotoImage"/>.</summary>
    public string Source { get; }

    public string AltText { get; }

    /// <summary>The photographer or source, printed after "Foto:".</summary>
    public string? Credit { get; }

    /// <summary>"image/jpeg", "image/png" or "image/webp".</summary>
    public string MediaType => Source[5..Source.IndexOf(';', StringComparison.Ordinal)];

    /// <summary>The image file's bytes.</summary>
    public byte[] Content() => Convert.FromBase64String(Source[(Source.IndexOf(',', StringComparison.Ordinal) + 1)..]);
}
