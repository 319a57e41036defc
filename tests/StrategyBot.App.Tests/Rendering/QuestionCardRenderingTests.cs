using StrategyBot.App.Localization;
using StrategyBot.Testing;
using Xunit.Abstractions;

namespace StrategyBot.App.Tests.Rendering;

/// <summary>
/// Every input style of the question card, drawn in Chromium: the question, its input and the Send button fit on
/// one phone screen, and nothing is cut, in both languages.
/// </summary>
[Collection(RenderingCollection.Name)]
[Trait("Category", "Rendering")]
public sealed class QuestionCardRenderingTests(RenderedCards rendered, ITestOutputHelper output)
{
    public static TheoryData<string, Language, int> Layouts
    {
        get
        {
            var data = new TheoryData<string, Language, int>();
            foreach (var kind in RenderingQuestions.Kinds)
            {
                foreach (var language in RenderingCatalog.BothLanguages)
                {
                    foreach (var width in RenderingCatalog.Widths)
                    {
                        data.Add(kind, language, width);
                    }
                }
            }

            return data;
        }
    }

    public static TheoryData<string, Language> OnPhone
    {
        get
        {
            var data = new TheoryData<string, Language>();
            foreach (var kind in RenderingQuestions.Kinds)
            {
                data.Add(kind, Language.English);
                data.Add(kind, Language.Persian);
            }

            return data;
        }
    }

    public static TheoryData<string> Kinds => [.. RenderingQuestions.Kinds];

    [Theory]
    [MemberData(nameof(Layouts))]
    public void Render_Question_NothingOverflowsOrIsClipped(string kind, Language language, int width)
    {
        var rendering = Rendered(kind, language, width);

        RenderAssert.Clean(rendering);
        Assert.Equal(1, rendering.RenderedActions);
    }

    [Theory]
    [MemberData(nameof(OnPhone))]
    public void Render_QuestionOnPhone_FitsOneScreen(string kind, Language language)
    {
        var rendering = Rendered(kind, language, CardRenderRequest.PhoneWidth);

        Assert.InRange(rendering.Height, 100, RenderingCatalog.PhoneScreenHeight);
    }

    [Theory]
    [MemberData(nameof(OnPhone))]
    public void Render_Question_ReadsInTheLanguagesDirection(string kind, Language language)
    {
        var rendering = Rendered(kind, language, CardRenderRequest.PhoneWidth);

        var rtl = language == Language.Persian;
        Assert.Equal(rtl ? "rtl" : "ltr", rendering.Direction);
        Assert.Equal(rtl ? rendering.TextBlocks : 0, rendering.RtlTextBlocks);
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Render_PersianQuestion_TextStartsAtTheRightEdge(string kind)
    {
        var rendering = Rendered(kind, Language.Persian, CardRenderRequest.PhoneWidth);

        RenderAssert.TextStartsRight(rendering);
    }

    private CardRendering Rendered(string kind, Language language, int width)
    {
        var rendering = rendered[RenderingCatalog.Name("question-" + kind, language, width)];
        output.WriteLine(rendering.Describe());
        return rendering;
    }
}
