using StrategyBot.App.Localization;
using StrategyBot.Testing;
using Xunit.Abstractions;

namespace StrategyBot.App.Tests.Rendering;

/// <summary>
/// The interview's form cards drawn in Chromium at phone (360 px) and desktop (540 px) widths, in both languages:
/// nothing sticks out or is cut, with and without problems marked, every input keeps its label, the problems show,
/// Persian reads right to left, and the Save button is there. PNGs: artifacts/rendering/form-*.png.
/// </summary>
[Collection(RenderingCollection.Name)]
[Trait("Category", "Rendering")]
public sealed class FormCardRenderingTests(RenderedCards rendered, ITestOutputHelper output)
{
    public static TheoryData<string, Language, int> Layouts()
    {
        var data = new TheoryData<string, Language, int>();
        foreach (var card in RenderingForms.Kinds)
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
    public void Render_FormCard_NothingOverflowsOrIsCut(string card, Language language, int width)
    {
        var rendering = Rendered(card, language, width);

        RenderAssert.Clean(rendering);
        Assert.Equal(width, rendering.Width, 0.5);
        Assert.Equal(rendering.DeclaredActions, rendering.RenderedActions);
    }

    [Theory]
    [InlineData("form-persona")]
    [InlineData("form-persona-problems")]
    [InlineData("form-swot")]
    [InlineData("form-tactic")]
    [InlineData("form-saved")]
    public void Render_PersianForm_TextStartsAtTheRightEdge(string card)
    {
        var rendering = Rendered(card, Language.Persian, CardRenderRequest.PhoneWidth);

        RenderAssert.TextStartsRight(rendering);
    }

    [Theory]
    [InlineData("form-persona", Language.English)]
    [InlineData("form-persona", Language.Persian)]
    [InlineData("form-swot", Language.English)]
    [InlineData("form-swot", Language.Persian)]
    public void Render_Form_TheSaveButtonShows(string card, Language language)
    {
        var rendering = Rendered(card, language, CardRenderRequest.PhoneWidth);

        Assert.Equal(1, rendering.RenderedActions);
    }

    [Theory]
    [InlineData(Language.English, CardRenderRequest.PhoneWidth)]
    [InlineData(Language.English, CardRenderRequest.DesktopWidth)]
    [InlineData(Language.Persian, CardRenderRequest.PhoneWidth)]
    [InlineData(Language.Persian, CardRenderRequest.DesktopWidth)]
    public void Render_FormWithProblems_ShowsEachProblemAndGrowsOnlyByThem(Language language, int width)
    {
        var clean = Rendered("form-persona", language, width);

        var marked = Rendered("form-persona-problems", language, width);

        // The summary line and one line under each of the two fields to fix.
        Assert.Equal(clean.TextBlocks + 3, marked.TextBlocks);
        Assert.True(marked.Height > clean.Height, $"{marked.Describe()} against {clean.Describe()}");
    }

    [Theory]
    [InlineData(Language.English)]
    [InlineData(Language.Persian)]
    public void Render_SavedView_ShorterThanTheFormItReplaces(Language language)
    {
        var form = Rendered("form-persona", language, CardRenderRequest.PhoneWidth);

        var saved = Rendered("form-saved", language, CardRenderRequest.PhoneWidth);

        Assert.Equal(0, saved.RenderedActions);
        Assert.True(saved.Height < form.Height / 2, $"{saved.Describe()} against {form.Describe()}");
    }

    private CardRendering Rendered(string card, Language language, int width)
    {
        var rendering = rendered[RenderingCatalog.Name(card, language, width)];
        output.WriteLine(rendering.Describe());
        return rendering;
    }
}
