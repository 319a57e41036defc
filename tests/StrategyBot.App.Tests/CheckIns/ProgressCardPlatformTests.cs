using StrategyBot.App.Cards;
using StrategyBot.App.CheckIns;
using StrategyBot.App.Localization;
using StrategyBot.App.Tests.Cards;
using StrategyBot.Domain.CheckIns;
using StrategyBot.Domain.Kpis;
using StrategyBot.Domain.Planning;

namespace StrategyBot.App.Tests.CheckIns;

/// <summary>The result card of a plan with per-platform targets: every reported number, each judged on its platform.</summary>
public sealed class ProgressCardPlatformTests
{
    private static readonly IsoWeek Week13 = IsoWeek.Create(2027, 13);
    private static readonly IsoWeek Week14 = IsoWeek.Create(2027, 14);

    [Theory]
    [InlineData(Language.English, "Instagram followers", "9,100", "Followers · Instagram", "This month so far 38")]
    [InlineData(Language.Persian, "دنبال‌کننده‌ها در اینستاگرام", "۹٬۱۰۰", "دنبال‌کننده · اینستاگرام", "از ابتدای این ماه ۳۸")]
    public void Build_CoffeeShopWeek_EveryReportedNumberAppearsAndTheMonthlyTargetIsJudgedOnTheMonth(
        Language language, string instagramInput, string instagramValue, string instagramKpi, string monthToDate)
    {
        var plan = CheckInSamples.CoffeeShop(language == Language.Persian ? "fa" : "en");
        CheckInRecord[] history =
        [
            Record(Week13, CheckInSamples.CoffeeShopWeek(instagram: 9_000, telegram: 1_300, sales: 18)),
            Record(Week14, CheckInSamples.CoffeeShopWeek(instagram: 9_100, telegram: 1_350, sales: 20)),
        ];

        var card = ProgressCard.Build(plan, Week14, history[^1], KpiStandings.Evaluate(plan, history, Week14), language);

        CardAssert.ValidForTeams(card);
        var facts = CardAssert.OfType(card, "FactSet").Single()["facts"]!.AsArray().Select(f => ((string?)f!["title"], (string?)f["value"])).ToList();
        Assert.Contains((instagramInput, instagramValue), facts);
        Assert.Equal(3, facts.Count);
        var text = CardAssert.VisibleText(card);
        Assert.Contains(instagramKpi, text, StringComparison.Ordinal);
        Assert.Contains(monthToDate, text, StringComparison.Ordinal);
        Assert.Equal(3, CardAssert.OfType(card, "Image").Count());
        Assert.True(CardSize.Fits(card, ProgressCard.SizeLimit), $"{CardSize.Measure(card)} code units");
    }

    [Fact]
    public void Build_NumberNoTargetReads_IsStillListedAsReported()
    {
        var plan = CheckInSamples.CoffeeShop();
        var numbers = CheckInSamples.CoffeeShopWeek(instagram: 9_100, telegram: 1_350, sales: 20) with { Reach = 23_500 };
        var record = Record(Week14, numbers);

        var card = ProgressCard.Build(plan, Week14, record, KpiStandings.Evaluate(plan, [record], Week14), Language.English);

        var facts = CardAssert.OfType(card, "FactSet").Single()["facts"]!.AsArray().Select(f => ((string?)f!["title"], (string?)f["value"]));
        Assert.Contains(("Reach", "23,500"), facts);
        Assert.DoesNotContain("Not enough data", CardAssert.VisibleText(card), StringComparison.Ordinal);
    }

    [Fact]
    public void Build_ResponseTimeAndShareOfVoiceTracked_ShowsThemWithFormulasAndUnits()
    {
        var plan = CheckInSamples.CoffeeShop(
            "en",
            new KpiTarget { ObjectiveId = "care", KpiId = KpiIds.ResponseTime, Platform = Platform.Instagram, Target = 2, Baseline = 6, Deadline = new DateOnly(2027, 5, 31) },
            new KpiTarget { ObjectiveId = "lead", KpiId = KpiIds.ShareOfVoice, Target = 35, Baseline = 20, Deadline = new DateOnly(2027, 5, 31) });
        var numbers = (CheckInSamples.CoffeeShopWeek(instagram: 9_100, telegram: 1_350, sales: 20) with { BrandMentions = 30, CompetitorMentions = 70 })
            .With(new PlatformInput(WeeklyInput.MessagesAnswered, Platform.Instagram), 40)
            .With(new PlatformInput(WeeklyInput.ResponseHours, Platform.Instagram), 100);
        var record = Record(Week14, numbers);

        var card = ProgressCard.Build(plan, Week14, record, KpiStandings.Evaluate(plan, [record], Week14), Language.English);

        var text = CardAssert.VisibleText(card);
        Assert.Contains("Average first-response time · Instagram: 2.5 h", text, StringComparison.Ordinal);
        Assert.Contains("Share of voice: 30%", text, StringComparison.Ordinal);
        Assert.Contains("Brand mentions ÷ (Brand mentions + Competitors' mentions) × 100 = 30 ÷ (30 + 70) × 100", text, StringComparison.Ordinal);
    }

    private static CheckInRecord Record(IsoWeek week, WeeklyNumbers numbers) => new() { PlanId = "plan", Week = week, Numbers = numbers };
}
