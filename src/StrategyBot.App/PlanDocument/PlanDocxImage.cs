using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using A = DocumentFormat.OpenXml.Drawing;
using Pic = DocumentFormat.OpenXml.Drawing.Pictures;
using Wp = DocumentFormat.OpenXml.Drawing.Wordprocessing;

namespace StrategyBot.App.PlanDocument;

/// <summary>An inline PNG (the progress chart) in its own paragraph, sized to its pixels at 96 dpi, with alt text.</summary>
internal static class PlanDocxImage
{
    private const long EmuPerPixel = 9525;

    public static Paragraph Paragraph(MainDocumentPart main, byte[] png, string altText, int number, bool rtl)
    {
        var part = main.AddImagePart(ImagePartType.Png);
        using (var data = new MemoryStream(png, writable: false))
        {
            part.FeedData(data);
        }

        var (width, height) = PngSize(png);
        var cx = width * EmuPerPixel;
        var cy = height * EmuPerPixel;
        var id = (uint)number;
        var name = "chart" + number + ".png";
        var inline = new Wp.Inline(
            new Wp.Extent { Cx = cx, Cy = cy },
            new Wp.EffectExtent { LeftEdge = 0L, TopEdge = 0L, RightEdge = 0L, BottomEdge = 0L },
            new Wp.DocProperties { Id = id, Name = name, Description = altText },
            new Wp.NonVisualGraphicFrameDrawingProperties(new A.GraphicFrameLocks { NoChangeAspect = true }),
            new A.Graphic(new A.GraphicData(
                new Pic.Picture(
                    new Pic.NonVisualPictureProperties(
                        new Pic.NonVisualDrawingProperties { Id = id, Name = name, Description = altText },
                        new Pic.NonVisualPictureDrawingProperties()),
                    new Pic.BlipFill(new A.Blip { Embed = main.GetIdOfPart(part) }, new A.Stretch(new A.FillRectangle())),
                    new Pic.ShapeProperties(
                        new A.Transform2D(new A.Offset { X = 0L, Y = 0L }, new A.Extents { Cx = cx, Cy = cy }),
                        new A.PresetGeometry(new A.AdjustValueList()) { Preset = A.ShapeTypeValues.Rectangle })))
            { Uri = "http://schemas.openxmlformats.org/drawingml/2006/picture" }))
        {
            DistanceFromTop = 0U, DistanceFromBottom = 0U, DistanceFromLeft = 0U, DistanceFromRight = 0U,
        };
        var properties = new ParagraphProperties();
        if (rtl)
        {
            properties.Append(new BiDi());
        }

        return new Paragraph(properties, new Run(new Drawing(inline)));
    }

    // The IHDR chunk right after the 8-byte signature holds the width and height, big-endian.
    private static (long Width, long Height) PngSize(byte[] png) =>
        png.Length >= 24
            ? (System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16, 4)), System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20, 4)))
            : (1, 1);
}
