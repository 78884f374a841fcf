using DocumentFormat.OpenXml.Packaging;
using Takomil.Reports.Common;
using A = DocumentFormat.OpenXml.Drawing;
using DW = DocumentFormat.OpenXml.Drawing.Wordprocessing;
using PIC = DocumentFormat.OpenXml.Drawing.Pictures;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Takomil.Reports.Docx;

/// <summary>
/// A PNG embedded as an inline picture: its natural size (pixels at the PNG's own resolution, 96 dpi when it
/// states none), scaled down — never up — to fit the text width and most of the page height, aspect kept.
/// </summary>
internal static class DocxPicture
{
    private const long EmuPerInch = 914400;

    public static (long Cx, long Cy) Fit(PngSize size, PageGeometry page)
    {
        var cx = (double)size.Width * EmuPerInch / size.DotsPerInchX;
        var cy = (double)size.Height * EmuPerInch / size.DotsPerInchY;
        var scale = Math.Min(1.0, Math.Min(page.TextWidthEmu / cx, page.MaxPictureHeightEmu / cy));
        return ((long)Math.Round(cx * scale), (long)Math.Round(cy * scale));
    }

    /// <summary>Adds the image part under <paramref name="relationshipId"/> and returns the paragraph showing it.</summary>
    public static W.Paragraph Embed(MainDocumentPart main, byte[] png, string relationshipId, uint pictureId, string name, PageGeometry page)
    {
        var size = PngSize.Read(png);
        var part = main.AddImagePart(ImagePartType.Png, relationshipId);
        using (var stream = new MemoryStream(png, writable: false)) part.FeedData(stream);
        var (cx, cy) = Fit(size, page);
        var safeName = SafeText.Clean(name);

        var inline = new DW.Inline(
            new DW.Extent { Cx = cx, Cy = cy },
            new DW.EffectExtent { LeftEdge = 0, TopEdge = 0, RightEdge = 0, BottomEdge = 0 },
            new DW.DocProperties { Id = pictureId, Name = "Picture " + pictureId, Description = safeName },
            new DW.NonVisualGraphicFrameDrawingProperties(new A.GraphicFrameLocks { NoChangeAspect = true }),
            new A.Graphic(new A.GraphicData(
                new PIC.Picture(
                    new PIC.NonVisualPictureProperties(
                        new PIC.NonVisualDrawingProperties { Id = pictureId, Name = "image" + pictureId + ".png" },
                        new PIC.NonVisualPictureDrawingProperties()),
                    new PIC.BlipFill(new A.Blip { Embed = relationshipId }, new A.Stretch(new A.FillRectangle())),
                    new PIC.ShapeProperties(
                        new A.Transform2D(new A.Offset { X = 0, Y = 0 }, new A.Extents { Cx = cx, Cy = cy }),
                        new A.PresetGeometry(new A.AdjustValueList()) { Preset = A.ShapeTypeValues.Rectangle })))
            { Uri = "http://schemas.openxmlformats.org/drawingml/2006/picture" }))
        {
            DistanceFromTop = 0,
            DistanceFromBottom = 0,
            DistanceFromLeft = 0,
            DistanceFromRight = 0,
        };

        return new W.Paragraph(
            new W.ParagraphProperties { ParagraphStyleId = new W.ParagraphStyleId { Val = DocxStyles.Figure } },
            new W.Run(new W.Drawing(inline)));
    }
}
