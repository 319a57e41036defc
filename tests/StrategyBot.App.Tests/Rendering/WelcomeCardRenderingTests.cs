using StrategyBot.App.Localization;
using StrategyBot.Testing;
using Xunit.Abstractions;

namespace StrategyBot.App.Tests.Rendering;

/// <summary>The first card anyone sees, drawn in Chromium: whole on one phone screen, every button there, nothing cut.</summary>
[Collection(RenderingCollection.Name)]
[Trait("Category", "Rendering")]
public sealed class WelcomeCardRenderingTests(RenderedCards rendered, ITestOutputHelper output)
{
    public static TheoryData<Language, int> Layouts => new()
    {
        { Language.English, CardRenderRequest.PhoneWidth },
        { Language.English, CardRenderRequest.DesktopWidth },
        { Language.Persian, CardRenderRequest.PhoneWidth },
        { Language.Persian, CardRenderRequest.DesktopWidth },
    };

    [Theory]
    [MemberData(nameof(Layouts))]
    public void Render_Welcome_NothingOverflowsAndEveryButtonShows(Language language, int width)
    {
        var rendering = Rendered(language, width);

        RenderAssert.Clean(rendering);
        Assert.Equal(4, rendering.DeclaredActions);
        Assert.Equal(rendering.DeclaredActions, rendering.RenderedActions);
    }

    [Theory]
    [InlineData(Language.English)]
    [InlineData(Language.Persian)]
    public void Render_WelcomeOnPhone_FitsOneScreen(Language language)
    {
        var rendering = Rendered(language, CardRenderRequest.PhoneWidth);

        Assert.InRange(rendering.Height, 100, RenderingCatalog.PhoneScreenHeight);
        Assert.Equal(CardRenderRequest.PhoneWidth, rendering.PngWidth);
    }

    [Theory]
    [InlineData(Language.English, "ltr", 0)]
    [InlineData(Language.Persian, "rtl", 1)]
    public void Render_Welcome_ReadsInTheLanguagesDirection(Language language, string direction, int rtlShare)
    {
        var rendering = Rendered(language, CardRenderRequest.PhoneWidth);

        Assert.Equal(direction, rendering.Direction);
        Assert.Equal(rendering.TextBlocks * rtlShare, rendering.RtlTextBlocks);
    }

    [Theory]
    [InlineData(CardRenderRequest.PhoneWidth)]
    [InlineData(CardRenderRequest.DesktopWidth)]
    public void Render_PersianWelcome_TextStartsAtTheRightEdge(int width)
    {
        var rendering = Rendered(Language.Persian, width);

        RenderAssert.TextStartsRight(rendering);
    }

    private CardRendering Rendered(Language language, int width)
    {
        var rendering = rendered[RenderingCatalog.Name("welcome", language, width)];
        output.WriteLine(rendering.Describe());
        return rendering;
    }
}
