using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Hallbar.Reports.Model;
using SkiaSharp;

namespace Hallbar.Reports.Docx;

/// <summary>A photo at the text's width with its alternative text, and its credit ("Foto: ...") as the caption below it.</summary>
internal sealed class PhotoWriter(Pictures pictures, ReportLabels labels)
{
    /// <summary>A tall photo leaves room on its page for the caption and the text around it.</summary>
    private const long MaxHeight = 18 * Pictures.Centimetre;

    public IEnumerable<OpenXmlElement> Write(PhotoBlock photo)
    {
        // An image that cannot be read is left out, and what it shows is said in its place.
        var picture = ForWord(photo) is var (image, type)
            ? new Paragraph(new Run(pictures.Inline(image.Span, type, (photo.Width, photo.Height), photo.Id, photo.AltText, maxHeight: MaxHeight)))
            : Word.Paragraph(null, Word.Run($"[{photo.AltText}]"));
        if (photo.Credit is not { } credit)
        {
            yield return picture;
            yield break;
        }

        picture.ParagraphProperties = new ParagraphProperties { KeepNext = new KeepNext() };
        yield return picture;
        yield return Word.Paragraph(DocxStyles.Caption, Word.Run($"{labels.Photo}: {credit}"));
    }

    /// <summary>JPEG and PNG go in as they are; WebP, which not every Word reads, as PNG.</summary>
    private static (ReadOnlyMemory<byte> Image, PartTypeInfo Type)? ForWord(PhotoBlock photo)
    {
        switch (photo.MediaType)
        {
            case "image/jpeg":
                return (photo.Content, ImagePartType.Jpeg);
            case "image/png":
                return (photo.Content, ImagePartType.Png);
            default:
                using (var bitmap = SKBitmap.Decode(photo.Content.Span))
                using (var png = bitmap?.Encode(SKEncodedImageFormat.Png, 100))
                {
                    return png is null ? null : (png.ToArray(), ImagePartType.Png);
                }
        }
    }
}
