using System.Text.Json.Nodes;
using StrategyBot.App.Cards;
using StrategyBot.App.Localization;

namespace StrategyBot.App.Tests.Cards;

public sealed class WelcomeCardTests
{
    [Theory]
    [InlineData(Language.English, "welcome.en")]
    [InlineData(Language.Persian, "welcome.fa")]
    public void Build_Language_MatchesGoldenFile(Language language, string golden)
    {
        var card = WelcomeCard.Build(language);

        GoldenFile.AssertMatches(golden, card);
    }

    [Theory]
    [InlineData(Language.English)]
    [InlineData(Language.Persian)]
    public void Build_Language_ValidForTeams(Language language)
    {
        var card = WelcomeCard.Build(language);

        CardAssert.ValidForTeams(card);
    }

    [Fact]
    public void Build_Persian_RightToLeftWithPersianText()
    {
        var card = WelcomeCard.Build(Language.Persian);

        CardAssert.RightToLeft(card);
        Assert.Contains(Texts.Get(Language.Persian, TextKey.WelcomeTitle), CardAssert.VisibleText(card), StringComparison.Ordinal);
        Assert.Equal(Texts.Get(Language.Persian, TextKey.WelcomeFallback), (string?)card["fallbackText"]);
    }

    [Fact]
    public void Build_English_LeftToRight()
    {
        var card = WelcomeCard.Build(Language.English);

        CardAssert.LeftToRight(card);
    }

    [Fact]
    public void Build_Actions_FollowTheDataContract()
    {
        var card = WelcomeCard.Build(Language.English);

        var actions = CardAssert.OfType(card, "ActionSet").SelectMany(set => set["actions"]!.AsArray()).Select(a => a!.AsObject()).ToList();

        Assert.Equal(["Action.Submit", "Action.Execute", "Action.Submit", "Action.Submit"], actions.Select(CardAssert.Type));
        Assert.True(JsonNode.DeepEquals(new JsonObject { ["action"] = "start" }, actions[0]["data"]));
        Assert.Equal("showPlan", (string?)actions[1]["verb"]);
        Assert.True(JsonNode.DeepEquals(new JsonObject { ["action"] = "showPlan" }, actions[1]["data"]));
        Assert.Equal("Action.Submit", (string?)actions[1]["fallback"]!["type"]);
        Assert.True(JsonNode.DeepEquals(new JsonObject { ["action"] = "showPlan" }, actions[1]["fallback"]!["data"]));
        Assert.True(JsonNode.DeepEquals(new JsonObject { ["action"] = "help" }, actions[2]["data"]));
        Assert.Equal("language", (string?)actions[3]["data"]!["action"]);
    }

    [Theory]
    [InlineData(Language.English, "fa")]
    [InlineData(Language.Persian, "en")]
    public void Build_LanguageButton_NamesTheOtherLanguageSoADoubleClickIsHarmless(Language language, string target)
    {
        var card = WelcomeCard.Build(language);

        var toggle = CardAssert.Elements(card).Single(e => (string?)e["id"] == "language");

        Assert.Equal(target, (string?)toggle["data"]!["language"]);
        Assert.Equal("فارسی / English", (string?)toggle["title"]);
    }

    [Fact]
    public void Build_Benefits_OneLinePerBenefit()
    {
        var card = WelcomeCard.Build(Language.English);

        var benefits = CardAssert.OfType(card, "TextBlock").Where(t => ((string?)t["id"])!.StartsWith("benefit-", StringComparison.Ordinal)).ToList();

        Assert.Equal(4, benefits.Count);
        Assert.All(benefits, b => Assert.StartsWith("✓ ", (string?)b["text"], StringComparison.Ordinal));
    }
}
