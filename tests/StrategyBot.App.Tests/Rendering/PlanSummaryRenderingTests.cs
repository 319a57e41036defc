using StrategyBot.App.Localization;
using StrategyBot.Testing;
using Xunit.Abstractions;

namespace StrategyBot.App.Tests.Rendering;

/// <summary>
/// The plan summary card drawn by the adaptivecards renderer in headless Chromium, in English and Persian, on a phone
/// (360 px) and on desktop (540 px). The summary is a message people scroll, so it is not held to one screen; it must
/// never stick out sideways, cut text, or lose an Edit button. PNGs: artifacts/rendering/plan-summary*.png.
/// </summary>
[Collection(RenderingCollection.Name)]
[Trait("Category", "Rendering")]
public sealed class PlanSummaryRenderingTests(RenderedCards rendered, ITestOutputHelper output)
{
    public static TheoryData<string, Language, int> Summaries => Every("plan-summary", "plan-summary-expanded", "plan-summary-hostile", "plan-summary-empty");

    public static TheoryData<string, Language, int> FullPlans => Every("plan-summary-expanded", "plan-summary-hostile");

    public static TheoryData<string, Language, int> Collapsed => Every("plan-summary");

    [Theory]
    [MemberData(nameof(Summaries))]
    public void Render_Summary_NothingOverflowsOrIsClipped(string card, Language language, int width)
    {
        var rendering = Rendered(card, language, width);

        RenderAssert.Clean(rendering);
        Assert.Equal(width, rendering.Width, 0.5);
    }

    [Theory]
    [MemberData(nameof(FullPlans))]
    public void Render_FullPlan_EveryStepShownWithItsEditButton(string card, Language language, int width)
    {
        var rendering = Rendered(card, language, width);

        Assert.Equal(6, rendering.DeclaredActions);
        Assert.Equal(rendering.DeclaredActions, rendering.RenderedActions);
        Assert.True(rendering.TextLength > 500, rendering.Describe());
    }

    [Theory]
    [InlineData(Language.English, CardRenderRequest.PhoneWidth)]
    [InlineData(Language.English, CardRenderRequest.DesktopWidth)]
    [InlineData(Language.Persian, CardRenderRequest.PhoneWidth)]
    [InlineData(Language.Persian, CardRenderRequest.DesktopWidth)]
    public void Render_CompletePlanExpanded_StaysWithinFourPhoneScreens(Language language, int width)
    {
        var rendering = Rendered("plan-summary-expanded", language, width);

        Assert.InRange(rendering.Height, RenderingCatalog.PhoneScreenHeight / 2, RenderingCatalog.SummaryMaxHeight);
    }

    [Theory]
    [MemberData(nameof(Collapsed))]
    public void Render_CompletePlanAsItOpens_CollapsedToItsStepTitles(string card, Language language, int width)
    {
        var rendering = Rendered(card, language, width);
        var expanded = Rendered("plan-summary-expanded", language, width);

        Assert.InRange(rendering.Height, 200, RenderingCatalog.CollapsedSummaryMaxHeight);
        Assert.True(rendering.Height < expanded.Height / 2, $"{rendering.Describe()} against {expanded.Describe()}");
        Assert.True(rendering.TextBlocks < expanded.TextBlocks / 3, rendering.Describe());
        RenderAssert.Clean(rendering);
    }

    [Theory]
    [InlineData("plan-summary", CardRenderRequest.PhoneWidth)]
    [InlineData("plan-summary", CardRenderRequest.DesktopWidth)]
    [InlineData("plan-summary-expanded", CardRenderRequest.PhoneWidth)]
    [InlineData("plan-summary-hostile", CardRenderRequest.PhoneWidth)]
    [InlineData("plan-summary-empty", CardRenderRequest.PhoneWidth)]
    public void Render_PersianSummary_EveryTextBlockReadsRightToLeft(string card, int width)
    {
        var rendering = Rendered(card, Language.Persian, width);

        Assert.Equal("rtl", rendering.Direction);
        Assert.True(rendering.TextBlocks > 5, rendering.Describe());
        Assert.Equal(rendering.TextBlocks, rendering.RtlTextBlocks);
    }

    [Theory]
    [InlineData("plan-summary", CardRenderRequest.PhoneWidth)]
    [InlineData("plan-summary", CardRenderRequest.DesktopWidth)]
    [InlineData("plan-summary-empty", CardRenderRequest.PhoneWidth)]
    public void Render_PersianSummary_TextStartsAtTheRightEdge(string card, int width)
    {
        var rendering = Rendered(card, Language.Persian, width);

        RenderAssert.TextStartsRight(rendering);
    }

    [Theory]
    [InlineData(CardRenderRequest.PhoneWidth)]
    [InlineData(CardRenderRequest.DesktopWidth)]
    public void Render_EnglishSummary_ReadsLeftToRightFromTheLeftEdge(int width)
    {
        var rendering = Rendered("plan-summary", Language.English, width);

        Assert.Equal("ltr", rendering.Direction);
        Assert.Equal(0, rendering.RtlTextBlocks);
        Assert.Equal(rendering.TextBlocks, rendering.TextAlignedLeft);
    }

    [Theory]
    [MemberData(nameof(Summaries))]
    public void Render_Summary_PngKeptAtTheCardsSize(string card, Language language, int width)
    {
        var rendering = Rendered(card, language, width);

        Assert.True(File.Exists(rendering.Png), rendering.Png);
        Assert.Equal(width, rendering.PngWidth);
        Assert.InRange(rendering.PngHeight, Math.Ceiling(rendering.Height) - 1, Math.Ceiling(rendering.Height) + 1);
    }

    private static TheoryData<string, Language, int> Every(params string[] cards)
    {
        var data = new TheoryData<string, Language, int>();
        foreach (var card in cards)
        {
            foreach (var language in RenderingCatalog.BothLanguages)
            {
                foreach (var width in RenderingCatalog.Widths)
                {
                    data.Add(card, language, width);
                }
            }
        }

        return data;
    }

    private CardRendering Rendered(string card, Language language, int width)
    {
        var rendering = rendered[RenderingCatalog.Name(card, language, width)];
        output.WriteLine(rendering.Describe());
        return rendering;
    }
}
