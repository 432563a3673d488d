using System.Globalization;
using Hallbar.Domain.Highlights;

namespace Hallbar.ModelFile;

/// <summary>
/// Why a photo cannot be taken, in Swedish and in English. What a photo may be is <see cref="PhotoImage"/>'s
/// rule and its English is PhotoImage's own; this says the same in Swedish too.
/// </summary>
public static class PhotoProblem
{
    private const string Base64 = ";base64,";

    public static (string Message, string English)? Of(string dataUri)
    {
        if (PhotoImage.Problem(dataUri) is not { } english)
        {
            return null;
        }

        var comma = dataUri.IndexOf(',', StringComparison.Ordinal);
        if (!dataUri.StartsWith("data:", StringComparison.Ordinal) || comma < 0 || !dataUri[..(comma + 1)].EndsWith(Base64, StringComparison.Ordinal))
        {
            return ("Ett foto är en data:-URI av formen \"data:image/jpeg;base64,...\".", english);
        }

        if (OfSize((dataUri.Length - comma - 1) / 4L * 3) is { } tooLarge)
        {
            return tooLarge;
        }

        var content = new byte[dataUri.Length];
        if (!Convert.TryFromBase64String(dataUri[(comma + 1)..], content, out var length))
        {
            return ("Base64-texten i data:-URI:n går inte att avkoda.", english);
        }

        return Of(content.AsSpan(0, length)) ?? ($"Data:-URI:n säger {dataUri[5..(comma + 1 - Base64.Length)]}, men bilden i den är {PhotoImage.MediaTypeOf(content)}.", english);
    }

    public static (string Message, string English)? Of(ReadOnlySpan<byte> content) =>
        OfSize(content.Length)
        ?? (PhotoImage.Problem(content) is { } english ? ("Det är ingen JPEG-, PNG- eller WebP-bild.", english) : null);

    public static (string Message, string English)? OfSize(long bytes) => PhotoImage.SizeProblem(bytes) is { } english
        ? (string.Create(CultureInfo.GetCultureInfo("sv-SE"), $"Fotot är {bytes / (1024.0 * 1024.0):0.0} MB; ett foto får vara högst {PhotoImage.MaxBytes / (1024 * 1024)} MB."), english)
        : null;
}
