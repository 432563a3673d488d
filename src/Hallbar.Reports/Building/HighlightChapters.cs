using Hallbar.Domain.Highlights;
using Hallbar.Reports.Model;
using SkiaSharp;

namespace Hallbar.Reports.Building;

/// <summary>The year's highlights, each a section of its own under the chapter that places them, in their order.</summary>
internal static class HighlightChapters
{
    public static IEnumerable<Chapter> For(IEnumerable<Highlight> highlights, int year) =>
        highlights.Where(h => h.Year == year).Select(h => new Chapter($"hojdpunkt-{h.Id}", h.Title,
            h.Photo is { } photo ? [Photo($"foto-{h.Id}", photo), new NarrativeBlock(h.Markdown, "sv")] : [new NarrativeBlock(h.Markdown, "sv")]));

    /// <summary>The photo with its pixel size read from the image's header.</summary>
    private static PhotoBlock Photo(string id, HighlightPhoto photo)
    {
        var content = photo.Content();
        using var data = SKData.CreateCopy(content);
        using var codec = SKCodec.Create(data);
        // An image whose header cannot be read is still given to the reader, whose program shows its
        // alternative text in its place; it is laid out as a landscape photo.
        var (width, height) = codec is null ? (3, 2) : (codec.Info.Width, codec.Info.Height);
        return new PhotoBlock(id, photo.MediaType, content, photo.AltText, photo.Credit) { Width = width, Height = height };
    }
}
