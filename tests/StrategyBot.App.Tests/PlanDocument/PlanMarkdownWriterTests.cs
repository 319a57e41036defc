using StrategyBot.App.Localization;
using StrategyBot.App.PlanDocument;
using StrategyBot.Domain.Planning;

namespace StrategyBot.App.Tests.PlanDocument;

public sealed class PlanMarkdownWriterTests
{
    private static readonly DateOnly Today = new(2027, 1, 28);

    [Theory]
    [InlineData(Language.English)]
    [InlineData(Language.Persian)]
    public void Write_SamePlan_SameHeadingsInTheSameOrderAsTheWordDocument(Language language)
    {
        var plan = SamplePlans.CoffeeShop(language == Language.Persian);
        var outline = PlanOutlineBuilder.Build(plan, SamplePlans.TwoWeeksReported(plan), language, Today);

        var markdown = PlanMarkdownWriter.Write(outline);

        using var document = PlanDocxWriterTests.Open(PlanDocxWriter.Write(outline));
        var body = document.MainDocumentPart!.Document.Body!;
        var lines = markdown.Split('\n');
        Assert.Equal(PlanDocxWriterTests.Headings(body, "Heading1"), [.. lines.Where(l => l.StartsWith("## ", StringComparison.Ordinal)).Select(l => l[3..])]);
        Assert.Equal(PlanDocxWriterTests.Headings(body, "Heading2"), [.. lines.Where(l => l.StartsWith("### ", StringComparison.Ordinal)).Select(l => l[4..].Replace("\\", "", StringComparison.Ordinal))]);
        Assert.Contains(lines, l => l.StartsWith("![", StringComparison.Ordinal) && l.Contains("(data:image/png;base64,iVBOR", StringComparison.Ordinal));
    }

    [Fact]
    public void Write_DeeperPlan_ShowsCtasPerChannelAdToolsTheCalendarAndTheExperimentsWinnerAndChange()
    {
        var plan = SamplePlans.CoffeeShop(persian: false);
        plan = plan with { Control = plan.Control with { Experiments = [plan.Control.Experiments[0] with { Verdict = ExperimentVerdict.VariantB, Change = "Carousels every Friday" }] } };

        var markdown = PlanMarkdownWriter.Write(PlanOutlineBuilder.Build(plan, status: null, Language.English, Today));

        Assert.Contains("- **Ad tools:** Meta Ads Manager\n\n### CTA and link per channel\n\n- **Telegram:** Join the channel · t.me/cafe · tracked as Clicks\n\n### Budget split", markdown, StringComparison.Ordinal);
        Assert.Contains("- **Instagram:** Tuesday: reel, Recipes", markdown, StringComparison.Ordinal);
        Assert.Contains("- **14 February 2027:** Instagram · Valentine latte art", markdown, StringComparison.Ordinal);
        Assert.Contains("- **Yalda nights:** 15 December 2027 to 21 December 2027 · Instagram · Goal: Sell gift boxes · Budget: 15,000,000 toman · KPIs: Conversions", markdown, StringComparison.Ordinal);
        Assert.Contains("Decided by: Reach · Result: variant B won", markdown, StringComparison.Ordinal);
        Assert.Contains("What changes: Carousels every Friday", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_DeeperPlanInPersian_ShowsTheCtaPerChannelAndTheExperimentsWinnerInPersian()
    {
        var plan = SamplePlans.CoffeeShop(persian: true);
        plan = plan with { Control = plan.Control with { Experiments = [plan.Control.Experiments[0] with { Verdict = ExperimentVerdict.NoDifference, Change = "هر دو قالب می‌مانند" }] } };

        var markdown = PlanMarkdownWriter.Write(PlanOutlineBuilder.Build(plan, status: null, Language.Persian, Today));

        Assert.Contains("به کانال بپیوندید · t.me/cafe", markdown, StringComparison.Ordinal);
        Assert.Contains("Meta Ads Manager", markdown, StringComparison.Ordinal);
        Assert.Contains("شب یلدا", markdown, StringComparison.Ordinal);
        Assert.Contains("نتیجه: تفاوت روشنی نبود", markdown, StringComparison.Ordinal);
        Assert.Contains("هر دو قالب می‌مانند", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_Hashtags_KeptByteForByteInCodeSpans()
    {
        var plan = SamplePlans.CoffeeShop(persian: false);

        var markdown = PlanMarkdownWriter.Write(PlanOutlineBuilder.Build(plan, status: null, Language.English, Today));

        Assert.Contains("**Branded hashtags:** `" + SamplePlans.BrandedHashtag + "`", markdown, StringComparison.Ordinal);
        Assert.Contains("**Community hashtags:** `" + SamplePlans.CommunityHashtag + "`", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_Persian_WrappedRightToLeftWithPersianDigits()
    {
        var plan = SamplePlans.CoffeeShop(persian: true);

        var markdown = PlanMarkdownWriter.Write(PlanOutlineBuilder.Build(plan, status: null, Language.Persian, Today));

        Assert.StartsWith("<div dir=\"rtl\">\n\n# ", markdown, StringComparison.Ordinal);
        Assert.EndsWith("</div>\n", markdown, StringComparison.Ordinal);
        Assert.Contains("از ۸٬۵۰۰ به ۱۱٬۰۰۰", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("11,000", markdown, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("*bold* _it_ [link](x) <b>", "\\*bold\\* \\_it\\_ \\[link\\](x) \\<b\\>")]
    [InlineData("- not a list", "\\- not a list")]
    [InlineData("1. not a list", "1\\. not a list")]
    [InlineData("two\nlines", "two lines")]
    public void Escape_UserText_CannotBecomeMarkup(string text, string expected)
    {
        var escaped = PlanMarkdownWriter.Escape(text);

        Assert.Equal(expected, escaped);
    }
}
