using StrategyBot.App.Cards;
using StrategyBot.App.Localization;
using StrategyBot.Domain.CheckIns;

namespace StrategyBot.App.Tests.Cards;

public sealed class CheckInAnsweredCardTests
{
    private static readonly IsoWeek Week10 = IsoWeek.Create(2027, 10);

    [Fact]
    public void Build_English_WeekAndOutcomeWithNothingToClick()
    {
        var card = CheckInAnsweredCard.Build(Week10, "Numbers received ✓", positive: true, Language.English);

        CardAssert.ValidForTeams(card);
        CardAssert.LeftToRight(card);
        Assert.Null(card["actions"]);
        Assert.Equal(["Weekly check-in: 8 to 14 March 2027", "Numbers received ✓"], CardAssert.OfType(card, "TextBlock").Select(t => (string?)t["text"]));
        Assert.Equal("good", (string?)CardAssert.OfType(card, "TextBlock").Last()["color"]);
        Assert.Equal("Weekly check-in: 8 to 14 March 2027. Numbers received ✓", (string?)card["fallbackText"]);
    }

    [Fact]
    public void Build_Persian_RightToLeftWithTheJalaliWeek()
    {
        var card = CheckInAnsweredCard.Build(Week10, "رد شد", positive: false, Language.Persian);

        CardAssert.ValidForTeams(card);
        CardAssert.RightToLeft(card);
        Assert.Equal("گزارش هفتگی: هفتهٔ ۱۷ اسفند ۱۴۰۵ تا ۲۳ اسفند ۱۴۰۵", (string?)CardAssert.OfType(card, "TextBlock").First()["text"]);
        Assert.Equal("default", (string?)CardAssert.OfType(card, "TextBlock").Last()["color"]);
    }

    [Fact]
    public void Build_BlankOutcome_Throws()
    {
        Assert.Throws<ArgumentException>(() => CheckInAnsweredCard.Build(Week10, " ", positive: true, Language.English));
    }
}
