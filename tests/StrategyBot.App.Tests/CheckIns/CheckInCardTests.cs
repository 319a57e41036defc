using System.Text.Json.Nodes;
using StrategyBot.App.Cards;
using StrategyBot.App.CheckIns;
using StrategyBot.App.Localization;
using StrategyBot.App.Tests.Cards;
using StrategyBot.Domain.CheckIns;
using StrategyBot.Domain.Kpis;

namespace StrategyBot.App.Tests.CheckIns;

public sealed class CheckInCardTests
{
    private static readonly IsoWeek Week = IsoWeek.Create(2027, 10);

    [Fact]
    public void Build_English_OneInputPerRawNumberWithLastWeekAndFourActions()
    {
        var inputs = CheckInInputs.For(CheckInSamples.Plan());

        var card = CheckInCard.Build(inputs, Week, CheckInSamples.Numbers(11_200, 90_000, 800, 1_000), Language.English);

        CardAssert.ValidForTeams(card);
        CardAssert.LeftToRight(card);
        var numbers = CardAssert.OfType(card, "Input.Number").ToList();
        Assert.Equal(["reach", "impressions", "clicks", "spend"], numbers.Select(n => (string?)n["id"]));
        Assert.Equal("Reach (last week: 11,200)", (string?)numbers[0]["label"]);
        Assert.Equal(["submit", "snooze", "skip", "pause"], card["actions"]!.AsArray().Select(a => (string?)a!["id"]));
        Assert.Equal("2027-W10", (string?)card["actions"]![0]!["data"]!["week"]);
        Assert.Contains("8 to 14 March 2027", (string?)card["body"]![0]!["text"], StringComparison.Ordinal);
    }

    [Fact]
    public void Build_SnoozeButtons_SendTheThreeChoicesWithoutValidatingInputs()
    {
        var card = CheckInCard.Build([WeeklyInput.Reach], Week, null, Language.English);

        var snoozes = CardAssert.OfType(card, "Action.Submit").Where(a => (string?)a["data"]?["action"] == CheckInCard.SnoozeAction).ToList();

        Assert.Equal(["1h", "evening", "tomorrow"], snoozes.Select(s => (string?)s["data"]!["until"]));
        Assert.All(snoozes, s => Assert.Equal("none", (string?)s["associatedInputs"]));
        Assert.Equal("Reach", (string?)CardAssert.OfType(card, "Input.Number").Single()["label"]);
    }

    [Fact]
    public void Build_Persian_RightToLeftWithPersianDigitsAndJalaliWeek()
    {
        var card = CheckInCard.Build(CheckInInputs.For(CheckInSamples.Plan()), Week, CheckInSamples.Numbers(11_200, 90_000, 800, 1_000), Language.Persian);

        CardAssert.ValidForTeams(card);
        CardAssert.RightToLeft(card);
        var text = CardAssert.VisibleText(card);
        Assert.Contains("۱۱٬۲۰۰", (string?)CardAssert.OfType(card, "Input.Number").First()["label"], StringComparison.Ordinal);
        Assert.Contains("اسفند ۱۴۰۵", text, StringComparison.Ordinal);
        Assert.Contains("ارسال اعداد", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_EveryInputOfTheLibrary_StaysAtEightAndUnderTheSizeLimit()
    {
        var card = CheckInCard.Build(Enum.GetValues<WeeklyInput>(), Week, null, Language.Persian);

        Assert.Equal(CheckInInputs.MaxInputs, CardAssert.OfType(card, "Input.Number").Count());
        Assert.True(CardSize.Fits(card, ProgressCard.SizeLimit));
    }

    [Fact]
    public void For_PlanKpis_AskOnlyForTheNumbersTheyNeed()
    {
        var plan = CheckInSamples.WithTarget(CheckInSamples.Plan(), CheckInSamples.Target(KpiIds.Roas, 2, 4));

        var inputs = CheckInInputs.For(plan);

        Assert.Equal([WeeklyInput.Reach, WeeklyInput.Impressions, WeeklyInput.Clicks, WeeklyInput.Spend, WeeklyInput.Revenue], inputs);
    }

    [Theory]
    [InlineData("12000", 12_000)]
    [InlineData("12,000", 12_000)]
    [InlineData("۱۲۰۰۰", 12_000)]
    [InlineData("۱۲٬۰۰۰", 12_000)]
    [InlineData("150.5", 150.5)]
    [InlineData("۱۵۰٫۵", 150.5)]
    public void TryParseNumber_LatinOrPersianDigits_Parses(string text, double expected)
    {
        Assert.True(CheckInInputs.TryParseNumber(text, out var value));
        Assert.Equal((decimal)expected, value);
    }

    [Fact]
    public void Formula_Persian_NamesTheInputsInPersian()
    {
        var formula = CheckInInputs.Formula(Language.Persian, KpiLibrary.Get(KpiIds.Roi));

        Assert.Equal("(درآمد − هزینهٔ تبلیغات) ÷ هزینهٔ تبلیغات × ۱۰۰", formula);
    }

    internal static JsonObject Submit(JsonObject fields)
    {
        fields[CardActions.ActionField] = CheckInCard.Action;
        return fields;
    }
}
