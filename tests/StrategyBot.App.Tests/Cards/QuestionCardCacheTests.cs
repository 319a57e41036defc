using System.Text.Json.Nodes;
using StrategyBot.App.Cards;
using StrategyBot.App.Localization;

namespace StrategyBot.App.Tests.Cards;

public sealed class QuestionCardCacheTests
{
    private static QuestionCardContent Content(string question) => new("cache.test." + question, question, QuestionInputKind.Choice)
    {
        Choices = [new("Sales", "sales"), new("ROI \"quoted\"", "roi")],
        HelpLine = "Pick one — یا بنویسید",
    };

    [Fact]
    public void GetOrBuild_SameQuestionTwice_BuildsOnceAndGivesTheSameJson()
    {
        var builds = 0;
        JsonObject Build(QuestionCardContent content, Language language)
        {
            builds++;
            return QuestionCard.Build(content, language);
        }

        var first = QuestionCardCache.GetOrBuild(Content("twice"), Language.Persian, Build);
        var second = QuestionCardCache.GetOrBuild(Content("twice"), Language.Persian, Build);

        Assert.Equal(1, builds);
        Assert.NotSame(first, second);
        Assert.Equal(first.ToJsonString(), second.ToJsonString());
    }

    [Fact]
    public void GetOrBuild_ACallerChangesItsCard_TheNextCallerGetsTheCardAsBuilt()
    {
        var built = QuestionCard.Build(Content("changed"), Language.English).ToJsonString();
        var changed = QuestionCard.Build(Content("changed"), Language.English);
        changed["body"]!.AsArray().Clear();
        changed["lang"] = "xx";

        var next = QuestionCard.Build(Content("changed"), Language.English);

        Assert.Equal(built, next.ToJsonString());
    }

    [Fact]
    public void GetOrBuild_DifferentChoicesOrLanguage_AreDifferentCards()
    {
        var english = QuestionCard.Build(Content("choices"), Language.English);
        var persian = QuestionCard.Build(Content("choices"), Language.Persian);
        var other = QuestionCard.Build(Content("choices") with { Choices = [new("Sales", "sales"), new("ROI", "roi2")] }, Language.English);

        Assert.Equal("en", english["lang"]!.GetValue<string>());
        Assert.Equal("fa", persian["lang"]!.GetValue<string>());
        Assert.Contains("roi2", other.ToJsonString(), StringComparison.Ordinal);
        Assert.DoesNotContain("roi2", english.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public void GetOrBuild_APrefilledAnswer_IsBuiltEveryTime()
    {
        var builds = 0;
        JsonObject Build(QuestionCardContent content, Language language)
        {
            builds++;
            return QuestionCard.Build(content, language);
        }

        var content = Content("prefilled") with { CurrentValue = "sales" };
        QuestionCardCache.GetOrBuild(content, Language.English, Build);
        QuestionCardCache.GetOrBuild(content, Language.English, Build);

        Assert.Equal(2, builds);
    }
}
