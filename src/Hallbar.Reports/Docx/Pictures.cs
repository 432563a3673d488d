using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using A = DocumentFormat.OpenXml.Drawing;
using Pic = DocumentFormat.OpenXml.Drawing.Pictures;
using Wp = DocumentFormat.OpenXml.Drawing.Wordprocessing;

namespace Hallbar.Reports.Docx;

/// <summary>
/// Pictures in the text: each an image part of the package, drawn inline at the text's width and the
/// image's own proportions, with its text alternative as the description a screen reader reads.
/// </summary>
internal sealed class Pictures(MainDocumentPart main)
{
    private const long EmuPerTwip = 635;

    /// <summary>EMUs in a centimetre.</summary>
    public const long Centimetre = 360000;

    private uint _lastId;

    /// <param name="maxHeight">In EMUs; a taller picture is drawn narrower than the text.</param>
    public Drawing Inline(ReadOnlySpan<byte> image, PartTypeInfo type, (long Width, long Height) pixels, string name, string description, string? title = null, long maxHeight = long.MaxValue)
    {
        var part = main.AddImagePart(type);
        using (var stream = new MemoryStream(image.ToArray()))
        {
            part.FeedData(stream);
        }

        var cx = Word.TextWidth * EmuPerTwip;
        var cy = cx * pixels.Height / pixels.Width;
        if (cy > maxHeight)
        {
            (cx, cy) = (cx * maxHeight / cy, maxHeight);
        }

        var id = ++_lastId;
        return new Drawing(new Wp.Inline(
            new Wp.Extent { Cx = cx, Cy = cy },
            new Wp.EffectExtent { LeftEdge = 0, TopEdge = 0, RightEdge = 0, BottomEdge = 0 },
            new Wp.DocProperties { Id = id, Name = name, Description = description, Title = title },
            new Wp.NonVisualGraphicFrameDrawingProperties(new A.GraphicFrameLocks { NoChangeAspect = true }),
            new A.Graphic(new A.GraphicData(
                new Pic.Picture(
                    new Pic.NonVisualPictureProperties(
                        new Pic.NonVisualDrawingProperties { Id = id, Name = name, Description = description },
                        new Pic.NonVisualPictureDrawingProperties()),
                    new Pic.BlipFill(new A.Blip { Embed = main.GetIdOfPart(part) }, new A.Stretch(new A.FillRectangle())),
                    new Pic.ShapeProperties(
                        new A.Transform2D(new A.Offset { X = 0, Y = 0 }, new A.Extents { Cx = cx, Cy = cy }),
                        new A.PresetGeometry(new A.AdjustValueList()) { Preset = A.ShapeTypeValues.Rectangle })))
            { Uri = "http://schemas.openxmlformats.org/drawingml/2006/picture" }))
        { DistanceFromTop = 0, DistanceFromBottom = 0, DistanceFromLeft = 0, DistanceFromRight = 0 });
    }
}
