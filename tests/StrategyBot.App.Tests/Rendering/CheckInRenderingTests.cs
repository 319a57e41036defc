using StrategyBot.App.Localization;
using StrategyBot.Testing;
using Xunit.Abstractions;

namespace StrategyBot.App.Tests.Rendering;

/// <summary>
/// The check-in card and the result card with its small-multiple charts, drawn in headless Chromium at 360 px and
/// 540 px in English and Persian: nothing overflows or is clipped, and Persian reads right to left.
/// PNGs: artifacts/rendering/checkin-*.png.
/// </summary>
[Collection(RenderingCollection.Name)]
[Trait("Category", "Rendering")]
public sealed class CheckInRenderingTests(RenderedCards rendered, ITestOutputHelper output)
{
    [Theory]
    [InlineData("checkin-request", Language.English)]
    [InlineData("checkin-request", Language.Persian)]
    [InlineData("checkin-result", Language.English)]
    [InlineData("checkin-result", Language.Persian)]
    public void Render_AtPhoneWidth_NothingOverflowsOrIsClipped(string card, Language language)
    {
        var rendering = Rendered(card, language, CardRenderRequest.PhoneWidth);

        RenderAssert.Clean(rendering);
        Assert.Equal(CardRenderRequest.PhoneWidth, rendering.Width, 0.5);
        Assert.Equal(language == Language.Persian ? "rtl" : "ltr", rendering.Direction);
    }

    [Theory]
    [InlineData(Language.English)]
    [InlineData(Language.Persian)]
    public void Render_CheckInRequest_ShowsItsButtonsWithinOnePhoneScreen(Language language)
    {
        var rendering = Rendered("checkin-request", language, CardRenderRequest.PhoneWidth);

        // Send, Snooze, Skip and Pause; Snooze's three choices open only when it is tapped.
        Assert.Equal(4, rendering.RenderedActions);
        Assert.InRange(rendering.Height, 200, RenderingCatalog.PhoneScreenHeight);
    }

    private CardRendering Rendered(string card, Language language, int width)
    {
        var rendering = rendered[RenderingCatalog.Name(card, language, width)];
        output.WriteLine(rendering.Describe());
        return rendering;
    }
}
