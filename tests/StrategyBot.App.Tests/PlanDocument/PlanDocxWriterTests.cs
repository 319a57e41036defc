using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using StrategyBot.App.Interview;
using StrategyBot.App.Localization;
using StrategyBot.App.PlanDocument;
using StrategyBot.Domain.Planning;

namespace StrategyBot.App.Tests.PlanDocument;

public sealed class PlanDocxWriterTests
{
    private static readonly DateOnly Today = new(2027, 1, 28);

    [Fact]
    public void Write_EnglishPlan_EverySostacSectionLeftToRightWithTheWholePlan()
    {
        var plan = SamplePlans.CoffeeShop(persian: false);

        var bytes = PlanDocxWriter.Write(PlanOutlineBuilder.Build(plan, SamplePlans.TwoWeeksReported(plan), Language.English, Today));

        using var document = Open(bytes);
        var body = document.MainDocumentPart!.Document.Body!;
        var text = body.InnerText;
        Assert.Equal(StepNames(Language.English), Headings(body, "Heading1"));
        Assert.Contains("Content calendar", Headings(body, "Heading2"));
        Assert.Contains("Campaigns", Headings(body, "Heading2"));
        Assert.Contains("Experiments (A/B tests)", Headings(body, "Heading2"));
        Assert.Contains("Latest check-in", Headings(body, "Heading2"));
        Assert.Contains(SamplePlans.BrandedHashtag, text, StringComparison.Ordinal);
        Assert.Contains(SamplePlans.CommunityHashtag, text, StringComparison.Ordinal);
        Assert.Contains("S ✓ · M ✓ · A ✓ · R ✓ · T ✓", text, StringComparison.Ordinal);
        Assert.Contains("from 8,500 to 11,000 by 31 March 2027", text, StringComparison.Ordinal);
        Assert.Contains("150 by 31 March 2027 · per month", text, StringComparison.Ordinal);
        Assert.Contains("Shoot 8 reels · Neda · due 20 January 2027", text, StringComparison.Ordinal);
        Assert.Contains("72,000,000 toman", text, StringComparison.Ordinal);
        Assert.Contains("Yalda nights", text, StringComparison.Ordinal);
        Assert.Contains("Reels beat carousels", text, StringComparison.Ordinal);
        Assert.DoesNotContain(body.Descendants<BiDi>(), _ => true);
        Assert.DoesNotContain(body.Descendants<RightToLeftText>(), _ => true);
    }

    [Fact]
    public void Write_PersianPlan_RightToLeftWithPersianDigitsJalaliDatesAndAPersianFont()
    {
        var plan = SamplePlans.CoffeeShop(persian: true);

        var bytes = PlanDocxWriter.Write(PlanOutlineBuilder.Build(plan, SamplePlans.TwoWeeksReported(plan), Language.Persian, Today));

        using var document = Open(bytes);
        var main = document.MainDocumentPart!;
        var body = main.Document.Body!;
        var text = body.InnerText;
        Assert.Equal(StepNames(Language.Persian), Headings(body, "Heading1"));
        Assert.All(body.Elements<Paragraph>(), p => Assert.NotNull(p.ParagraphProperties?.BiDi));
        Assert.All(body.Descendants<Run>().Where(r => r.GetFirstChild<Text>() is not null), r => Assert.NotNull(r.RunProperties?.RightToLeftText));
        Assert.NotNull(body.GetFirstChild<SectionProperties>()?.GetFirstChild<BiDi>());
        Assert.Equal("Vazirmatn", main.StyleDefinitionsPart!.Styles!.DocDefaults!.Descendants<RunFonts>().Single().ComplexScript?.Value);
        Assert.Contains(main.FontTablePart!.Fonts!.Elements<Font>(), f => f.Name == "Vazirmatn" && f.AltName?.Val == "Tahoma");
        Assert.Contains("از ۸٬۵۰۰ به ۱۱٬۰۰۰", text, StringComparison.Ordinal);
        Assert.Contains("۱۱ فروردین ۱۴۰۶", text, StringComparison.Ordinal);
        Assert.Contains("۷۲٬۰۰۰٬۰۰۰ تومان", text, StringComparison.Ordinal);
        Assert.Contains(SamplePlans.BrandedHashtag, text, StringComparison.Ordinal);
        Assert.Contains(SamplePlans.CommunityHashtag, text, StringComparison.Ordinal);
        Assert.DoesNotContain("11,000", text, StringComparison.Ordinal);
        Assert.DoesNotContain("8,500", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_PlanWithCheckIns_EmbedsTheProgressChartAsAPng()
    {
        var plan = SamplePlans.CoffeeShop(persian: false);

        var bytes = PlanDocxWriter.Write(PlanOutlineBuilder.Build(plan, SamplePlans.TwoWeeksReported(plan), Language.English, Today));

        using var document = Open(bytes);
        var image = Assert.Single(document.MainDocumentPart!.ImageParts);
        using var stream = image.GetStream();
        var signature = new byte[8];
        stream.ReadExactly(signature);
        Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }, signature);
        Assert.Single(document.MainDocumentPart.Document.Body!.Descendants<Drawing>());
    }

    [Fact]
    public void Write_PlanWithoutCheckIns_SaysNoneYetAndHasNoImage()
    {
        var plan = SamplePlans.CoffeeShop(persian: false);

        var bytes = PlanDocxWriter.Write(PlanOutlineBuilder.Build(plan, status: null, Language.English, Today));

        using var document = Open(bytes);
        Assert.Empty(document.MainDocumentPart!.ImageParts);
        Assert.Contains("No weekly check-in has been reported yet.", document.MainDocumentPart.Document.Body!.InnerText, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_EmptyPlan_EverySectionSaysNothingYet()
    {
        var bytes = PlanDocxWriter.Write(PlanOutlineBuilder.Build(new MarketingPlan(), status: null, Language.English, Today));

        using var document = Open(bytes);
        var paragraphs = document.MainDocumentPart!.Document.Body!.Elements<Paragraph>().Select(p => p.InnerText).ToList();
        Assert.Equal(6, paragraphs.Count(p => p == "Nothing here yet."));
    }

    internal static WordprocessingDocument Open(byte[] bytes) => WordprocessingDocument.Open(new MemoryStream(bytes), isEditable: false);

    internal static List<string> Headings(Body body, string style) =>
        [.. body.Elements<Paragraph>().Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val == style).Select(p => p.InnerText)];

    internal static List<string> StepNames(Language language) =>
        [.. Enum.GetValues<SostacStep>().Select(step => InterviewTexts.StepName(language, step))];
}
