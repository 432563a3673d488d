using System.Globalization;

namespace Hallbar.Domain.Highlights;

/// <summary>
/// The photos a model can hold: JPEG, PNG or WebP of at most <see cref="MaxBytes"/>, kept in the model
/// as a data: URI, since the model is stored as one JSON document and a file beside it would be lost.
/// </summary>
public static class PhotoImage
{
    /// <summary>5 MB: a photo for a printed page needs no more, and every copy of the model carries it.</summary>
    public const int MaxBytes = 5 * 1024 * 1024;

    private const string Base64 = ";base64,";

    /// <summary>"image/png" for a PNG, "image/jpeg", "image/webp"; null for anything else. Read from the bytes, not a name.</summary>
    public static string? MediaTypeOf(ReadOnlySpan<byte> content) =>
        content.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]) ? "image/jpeg"
        : content.StartsWith((ReadOnlySpan<byte>)[0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]) ? "image/png"
        : content.Length >= 12 && content.StartsWith("RIFF"u8) && content[8..12].SequenceEqual("WEBP"u8) ? "image/webp"
        : null;

    /// <summary>Why the bytes cannot be a photo (too large, not JPEG, PNG or WebP), or null when they can.</summary>
    public static string? Problem(ReadOnlySpan<byte> content) =>
        SizeProblem(content.Length)
        ?? (MediaTypeOf(content) is null ? "It is not a JPEG, PNG or WebP image." : null);

    /// <summary>Why the text is not a data: URI of a photo, or null when it is.</summary>
    public static string? Problem(string dataUri)
    {
        ArgumentNullException.ThrowIfNull(dataUri);
        var comma = dataUri.IndexOf(',', StringComparison.Ordinal);
        if (!dataUri.StartsWith("data:", StringComparison.Ordinal) || comma < 0 || !dataUri[..(comma + 1)].EndsWith(Base64, StringComparison.Ordinal))
        {
            return "A photo is a data: URI of the form \"data:image/jpeg;base64,...\".";
        }

        var declared = dataUri[5..(comma + 1 - Base64.Length)];
        var length = dataUri.Length - comma - 1;
        if (SizeProblem(length / 4L * 3) is { } tooLarge)
        {
            return tooLarge;
        }

        byte[] content;
        try
        {
            content = Convert.FromBase64String(dataUri[(comma + 1)..]);
        }
        catch (FormatException)
        {
            return "The data: URI's base64 text cannot be decoded.";
        }

        return Problem(content) ?? (MediaTypeOf(content) == declared ? null : $"The data: URI says {declared}, but it holds a {MediaTypeOf(content)} image.");
    }

    /// <summary>The bytes of a photo as a data: URI.</summary>
    public static string ToDataUri(byte[] content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var type = MediaTypeOf(content) ?? throw new ArgumentException("The bytes are not a JPEG, PNG or WebP image.", nameof(content));
        return $"data:{type}{Base64}{Convert.ToBase64String(content)}";
    }

    /// <summary>Why a photo of so many bytes is too large, or null when it is not.</summary>
    public static string? SizeProblem(long bytes) => bytes <= MaxBytes ? null :
        string.Create(CultureInfo.InvariantCulture, $"The photo is {bytes / (1024.0 * 1024.0):0.0} MB; a photo may be at most {MaxBytes / (1024 * 1024)} MB.");
}
