using System.Text.Json.Nodes;
using StrategyBot.App.Cards;
using StrategyBot.App.CheckIns;
using StrategyBot.App.Localization;
using StrategyBot.App.Tests.Cards;
using StrategyBot.Domain.CheckIns;
using StrategyBot.Domain.Kpis;
using StrategyBot.Domain.Planning;

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
        var card = CheckInCard.Build([new PlatformInput(WeeklyInput.Reach, null)], Week, null, Language.English);

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
    public void Build_EveryInputOfTheLibrary_EightInViewTheRestBehindMoreNumbersUnderTheSizeLimit()
    {
        var all = Enum.GetValues<WeeklyInput>().Select(i => new PlatformInput(i, null)).ToList();

        var card = CheckInCard.Build(all, Week, null, Language.Persian);

        CardAssert.ValidForTeams(card);
        var body = card["body"]!.AsArray().OfType<JsonObject>().ToList();
        Assert.Equal(CheckInInputs.MaxInputs, body.Count(e => (string?)e["type"] == "Input.Number"));
        var more = body.Single(e => (string?)e["id"] == "moreNumbers");
        Assert.False((bool)more["isVisible"]!);
        Assert.Equal(all.Count - CheckInInputs.MaxInputs, more["items"]!.AsArray().Count);
        var toggle = CardAssert.OfType(card, "Action.ToggleVisibility").Single();
        Assert.Equal("اعداد بیشتر (۵)", (string?)toggle["title"]);
        Assert.Equal("moreNumbers", (string?)toggle["targetElements"]![0]);
        Assert.True(CardSize.Fits(card, ProgressCard.SizeLimit));
    }

    [Fact]
    public void Build_EightInputsOrFewer_HasNoMoreNumbersToggle()
    {
        var card = CheckInCard.Build(CheckInInputs.For(CheckInSamples.Plan()), Week, null, Language.English);

        Assert.Empty(CardAssert.OfType(card, "Action.ToggleVisibility"));
        Assert.DoesNotContain("moreNumbers", card.ToJsonString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Language.English, "Instagram followers", "Telegram followers", "Conversions")]
    [InlineData(Language.Persian, "دنبال‌کننده‌ها در اینستاگرام", "دنبال‌کننده‌ها در تلگرام", "تبدیل‌ها")]
    public void Build_FollowersOnTwoPlatformsAndMonthlySales_OneInputPerPlatformAndSalesOnce(Language language, string instagram, string telegram, string sales)
    {
        var card = CheckInCard.Build(CheckInInputs.For(CheckInSamples.CoffeeShop()), Week, null, language);

        var numbers = CardAssert.OfType(card, "Input.Number").ToList();
        Assert.Equal(["instagramFollowers", "telegramFollowers", "conversions"], numbers.Select(n => (string?)n["id"]));
        Assert.Equal([instagram, telegram, sales], numbers.Select(n => (string?)n["label"]));
    }

    [Fact]
    public void Build_LastWeekPerPlatform_ShowsEachPlatformsOwnNumber()
    {
        var lastWeek = new WeeklyNumbers { Conversions = 18 }
            .With(new PlatformInput(WeeklyInput.Followers, Platform.Instagram), 9_100)
            .With(new PlatformInput(WeeklyInput.Followers, Platform.Telegram), 1_600);

        var card = CheckInCard.Build(CheckInInputs.For(CheckInSamples.CoffeeShop()), Week, lastWeek, Language.English);

        Assert.Equal(
            ["Instagram followers (last week: 9,100)", "Telegram followers (last week: 1,600)", "Conversions (last week: 18)"],
            CardAssert.OfType(card, "Input.Number").Select(n => (string?)n["label"]));
    }

    [Fact]
    public void For_SupportingKpiBeforeTheObjectivesOwn_ObjectivesOwnKpiComesFirst()
    {
        var plan = CheckInSamples.CoffeeShop(
            "en", new KpiTarget { ObjectiveId = "sales", KpiId = KpiIds.Ctr, Platform = Platform.Instagram, Target = 2, Deadline = new DateOnly(2027, 5, 31) });

        var inputs = CheckInInputs.For(plan);

        Assert.Equal(
            [
                new PlatformInput(WeeklyInput.Followers, Platform.Instagram), new PlatformInput(WeeklyInput.Followers, Platform.Telegram),
                new PlatformInput(WeeklyInput.Conversions, null), new PlatformInput(WeeklyInput.Impressions, Platform.Instagram),
                new PlatformInput(WeeklyInput.Clicks, Platform.Instagram),
            ],
            inputs);
    }

    [Theory]
    [InlineData(null, true, Platform.Instagram)]
    [InlineData(Platform.Telegram, true, Platform.Telegram)]
    public void TryAssign_FollowersTrackedOnOnePlatform_TakesThatPlatform(Platform? typed, bool ok, Platform expected)
    {
        IReadOnlyList<PlatformInput> tracked = [new(WeeklyInput.Followers, Platform.Instagram), new(WeeklyInput.Conversions, null)];

        Assert.Equal(ok, CheckInInputs.TryAssign(tracked, new ReportedNumber(WeeklyInput.Followers, typed, 9_100), out var input, out _));
        Assert.Equal(new PlatformInput(WeeklyInput.Followers, expected), input);
    }

    [Fact]
    public void TryAssign_FollowersWithoutPlatformTrackedOnTwo_IsAmbiguous()
    {
        var tracked = CheckInInputs.For(CheckInSamples.CoffeeShop());

        Assert.False(CheckInInputs.TryAssign(tracked, new ReportedNumber(WeeklyInput.Followers, null, 9_100), out _, out var ambiguous));
        Assert.Equal(WeeklyInput.Followers, ambiguous);
        Assert.True(CheckInInputs.TryAssign(tracked, new ReportedNumber(WeeklyInput.Conversions, Platform.Instagram, 18), out var sales, out _));
        Assert.Equal(new PlatformInput(WeeklyInput.Conversions, null), sales);
    }

    [Fact]
    public void For_PlanKpis_AskOnlyForTheNumbersTheyNeed()
    {
        var plan = CheckInSamples.WithTarget(CheckInSamples.Plan(), CheckInSamples.Target(KpiIds.Roas, 2, 4));

        var inputs = CheckInInputs.For(plan);

        Assert.Equal(
            new[] { WeeklyInput.Reach, WeeklyInput.Impressions, WeeklyInput.Clicks, WeeklyInput.Spend, WeeklyInput.Revenue }.Select(i => new PlatformInput(i, null)),
            inputs);
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
