using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace StrategyBot.App.PlanDocument;

/// <summary>
/// Writes a <see cref="PlanOutline"/> as a Word document with the Open XML SDK. A Persian document is right-to-left
/// throughout: every paragraph has <c>w:bidi</c>, every run <c>w:rtl</c> and complex-script formatting, the section
/// is right-to-left, and the font is Vazirmatn with Tahoma named as its fallback (Word uses the font table's
/// <c>altName</c> where Vazirmatn is not installed; Tahoma ships with Windows and macOS and has Persian glyphs).
/// </summary>
internal static class PlanDocxWriter
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private const string LatinFont = "Calibri";
    private const string PersianFont = "Vazirmatn";
    private const string PersianFallbackFont = "Tahoma";

    public static byte[] Write(PlanOutline outline)
    {
        ArgumentNullException.ThrowIfNull(outline);
        var rtl = StrategyBot.App.Localization.Languages.IsRightToLeft(outline.Language);
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            document.PackageProperties.Title = outline.Title;
            document.PackageProperties.Creator = "StrategyBot";
            document.PackageProperties.Language = rtl ? "fa-IR" : "en-US";
            var main = document.AddMainDocumentPart();
            AddStyles(main, rtl);
            AddFonts(main, rtl);
            var body = new Body();
            var imageNumber = 0;
            foreach (var block in outline.Blocks)
            {
                body.Append(block.Kind == PlanBlockKind.Image && block.Png is { } png
                    ? PlanDocxImage.Paragraph(main, png, block.Text, ++imageNumber, rtl)
                    : Paragraph(block, rtl));
            }

            var section = new SectionProperties(
                new PageSize { Width = 11906U, Height = 16838U },
                new PageMargin { Top = 1134, Bottom = 1134, Left = 1134U, Right = 1134U, Header = 709U, Footer = 709U, Gutter = 0U });
            if (rtl)
            {
                section.Append(new BiDi());
            }

            body.Append(section);
            main.Document = new Document(body);
        }

        return stream.ToArray();
    }

    private static Paragraph Paragraph(PlanBlock block, bool rtl)
    {
        var properties = new ParagraphProperties();
        if (StyleOf(block.Kind) is { } style)
        {
            properties.Append(new ParagraphStyleId { Val = style });
        }

        if (block.Kind == PlanBlockKind.Bullet)
        {
            properties.Append(new Indentation { Start = "360", Hanging = "240" });
        }

        if (rtl)
        {
            properties.Append(new BiDi());
        }

        var paragraph = new Paragraph(properties);
        if (block.Kind == PlanBlockKind.Bullet)
        {
            paragraph.Append(Run("• ", rtl, bold: false));
        }

        if (block.Label is { } label)
        {
            paragraph.Append(Run(label + ": ", rtl, bold: true));
        }

        paragraph.Append(Run(block.Text, rtl, bold: false));
        return paragraph;
    }

    private static Run Run(string text, bool rtl, bool bold)
    {
        var properties = new RunProperties();
        if (bold)
        {
            properties.Append(new Bold(), new BoldComplexScript());
        }

        if (rtl)
        {
            properties.Append(new RightToLeftText());
        }

        return new Run(properties, new Text(text) { Space = SpaceProcessingModeValues.Preserve });
    }

    private static string? StyleOf(PlanBlockKind kind) => kind switch
    {
        PlanBlockKind.Title => "Title",
        PlanBlockKind.Heading => "Heading1",
        PlanBlockKind.Subheading => "Heading2",
        _ => null,
    };

    private static void AddStyles(MainDocumentPart main, bool rtl)
    {
        var fonts = rtl
            ? new RunFonts { Ascii = PersianFallbackFont, HighAnsi = PersianFallbackFont, ComplexScript = PersianFont, EastAsia = PersianFallbackFont }
            : new RunFonts { Ascii = LatinFont, HighAnsi = LatinFont, ComplexScript = LatinFont, EastAsia = LatinFont };
        var defaults = new DocDefaults(
            new RunPropertiesDefault(new RunPropertiesBaseStyle(
                fonts,
                new FontSize { Val = "22" },
                new FontSizeComplexScript { Val = "22" },
                new DocumentFormat.OpenXml.Wordprocessing.Languages { Val = "en-US", Bidi = "fa-IR" })),
            new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(new SpacingBetweenLines { After = "120", Line = "276", LineRule = LineSpacingRuleValues.Auto })));
        var styles = new Styles(
            defaults,
            new Style(new StyleName { Val = "Normal" }, new PrimaryStyle()) { Type = StyleValues.Paragraph, StyleId = "Normal", Default = true },
            Heading("Title", "Title", 40, outline: null),
            Heading("Heading1", "heading 1", 32, outline: 0),
            Heading("Heading2", "heading 2", 26, outline: 1));
        main.AddNewPart<StyleDefinitionsPart>().Styles = styles;
    }

    private static Style Heading(string id, string name, int halfPoints, int? outline)
    {
        var paragraph = new StyleParagraphProperties(new KeepNext(), new SpacingBetweenLines { Before = "240", After = "120" });
        if (outline is { } level)
        {
            paragraph.Append(new OutlineLevel { Val = level });
        }

        return new Style(
            new StyleName { Val = name },
            new BasedOn { Val = "Normal" },
            new NextParagraphStyle { Val = "Normal" },
            new PrimaryStyle(),
            paragraph,
            new StyleRunProperties(
                new Bold(),
                new BoldComplexScript(),
                new Color { Val = "1F4E79" },
                new FontSize { Val = halfPoints.ToString(System.Globalization.CultureInfo.InvariantCulture) },
                new FontSizeComplexScript { Val = halfPoints.ToString(System.Globalization.CultureInfo.InvariantCulture) }))
        {
            Type = StyleValues.Paragraph,
            StyleId = id,
        };
    }

    private static void AddFonts(MainDocumentPart main, bool rtl)
    {
        var fonts = new Fonts();
        if (rtl)
        {
            fonts.Append(
                new Font(new AltName { Val = PersianFallbackFont }, new FontCharSet { Val = "B2" }, new FontFamily { Val = FontFamilyValues.Auto }) { Name = PersianFont },
                new Font(new FontCharSet { Val = "00" }, new FontFamily { Val = FontFamilyValues.Swiss }) { Name = PersianFallbackFont });
        }
        else
        {
            fonts.Append(new Font(new FontCharSet { Val = "00" }, new FontFamily { Val = FontFamilyValues.Swiss }) { Name = LatinFont });
        }

        main.AddNewPart<FontTablePart>().Fonts = fonts;
    }
}
