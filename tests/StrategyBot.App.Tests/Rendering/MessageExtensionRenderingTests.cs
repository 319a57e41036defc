using StrategyBot.App.Localization;
using StrategyBot.Testing;
using Xunit.Abstractions;

namespace StrategyBot.App.Tests.Rendering;

/// <summary>
/// The message extension's dialog and its objective card drawn in Chromium at phone and desktop widths, in both
/// languages: nothing sticks out or is cut, Persian reads right to left, and the Save button is there.
/// </summary>
[Collection(RenderingCollection.Name)]
[Trait("Category", "Rendering")]
public sealed class MessageExtensionRenderingTests(RenderedCards rendered, ITestOutputHelper output)
{
    public static TheoryData<string, Language, int> Layouts()
    {
        var data = new TheoryData<string, Language, int>();
        foreach (var card in new[] { "goal-dialog", "goal-dialog-problems", "objective-result" })
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

    [Theory]
    [MemberData(nameof(Layouts))]
    public void Render_MessageExtensionCard_NothingOverflowsOrIsCut(string card, Language language, int width)
    {
        var rendering = Rendered(card, language, width);

        RenderAssert.Clean(rendering);
        Assert.Equal(rendering.DeclaredActions, rendering.RenderedActions);
    }

    [Theory]
    [InlineData("goal-dialog")]
    [InlineData("goal-dialog-problems")]
    [InlineData("objective-result")]
    public void Render_PersianCard_TextStartsAtTheRightEdge(string card)
    {
        var rendering = Rendered(card, Language.Persian, CardRenderRequest.PhoneWidth);

        RenderAssert.TextStartsRight(rendering);
    }

    [Theory]
    [InlineData(Language.English)]
    [InlineData(Language.Persian)]
    public void Render_GoalDialog_TheSaveButtonShows(Language language)
    {
        var rendering = Rendered("goal-dialog", language, CardRenderRequest.PhoneWidth);

        Assert.Equal(1, rendering.RenderedActions);
    }

    private CardRendering Rendered(string card, Language language, int width)
    {
        var rendering = rendered[RenderingCatalog.Name(card, language, width)];
        output.WriteLine(rendering.Describe());
        return rendering;
    }
}
