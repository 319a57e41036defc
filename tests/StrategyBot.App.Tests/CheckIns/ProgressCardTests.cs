using StrategyBot.App.Cards;
using StrategyBot.App.CheckIns;
using StrategyBot.App.Localization;
using StrategyBot.App.Tests.Cards;
using StrategyBot.Domain.CheckIns;
using StrategyBot.Domain.Kpis;
using StrategyBot.Domain.Planning;

namespace StrategyBot.App.Tests.CheckIns;

public sealed class ProgressCardTests
{
    private static readonly IsoWeek Week14 = IsoWeek.Create(2027, 14);

    [Fact]
    public void Build_English_ShowsFormulasStatusesThresholdsProjectionChartAndSuggestion()
    {
        var (plan, history) = Behind();

        var card = ProgressCard.Build(plan, Week14, history[^1], KpiStandings.Evaluate(plan, history, Week14), Language.English);

        CardAssert.ValidForTeams(card);
        Assert.True(CardSize.Fits(card, ProgressCard.SizeLimit), $"{CardSize.Measure(card)} code units");
        var text = CardAssert.VisibleText(card);
        Assert.Contains("Clicks ÷ Impressions × 100 = 1,000 ÷ 100,000 × 100", text, StringComparison.Ordinal);
        Assert.Contains("Ad spend ÷ Clicks = 1,500 ÷ 1,000", text, StringComparison.Ordinal);
        Assert.Contains("Off track", text, StringComparison.Ordinal);
        Assert.Contains("At this pace: 5,888 of 10,000 by 31 May 2027.", text, StringComparison.Ordinal);
        Assert.Contains("at least 90%", text, StringComparison.Ordinal);
        Assert.Contains("Instagram: 4 posts a week (reels, carousels)", text, StringComparison.Ordinal);
        var chart = Assert.Single(CardAssert.OfType(card, "Image"));
        Assert.StartsWith("data:image/png;base64,", (string?)chart["url"], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Language.English, "This week 18 · a week's share of the monthly goal", "a month, against 150 a month by")]
    [InlineData(Language.Persian, "سهم یک هفته از هدف ماهانه", "در برابر هدف ماهی ۱۵۰")]
    public void Build_MonthlyTarget_SaysItComparedTheWeekWithItsShareOfTheMonth(Language language, string detail, string projection)
    {
        var plan = CheckInSamples.WithTargets(CheckInSamples.Plan() with { Language = language == Language.Persian ? "fa" : "en" }, new KpiTarget
        {
            ObjectiveId = "o1", KpiId = KpiIds.Conversions, Target = 150m, Deadline = new DateOnly(2027, 5, 31), Cadence = TargetCadence.PerMonth,
        });
        var record = new CheckInRecord { PlanId = "plan", Week = Week14, Numbers = new WeeklyNumbers { Conversions = 18m } };

        var card = ProgressCard.Build(plan, Week14, record, KpiStandings.Evaluate(plan, [record], Week14), language);

        var text = CardAssert.VisibleText(card);
        Assert.Contains(detail, text, StringComparison.Ordinal);
        Assert.Contains(projection, text, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_ZeroDenominator_SaysWhichNumberWasZero()
    {
        var plan = CheckInSamples.Plan();
        var record = new CheckInRecord { PlanId = "plan", Week = Week14, Numbers = CheckInSamples.Numbers(5_000, 0, 0, 100) };

        var card = ProgressCard.Build(plan, Week14, record, KpiStandings.Evaluate(plan, [record], Week14), Language.English);

        var text = CardAssert.VisibleText(card);
        Assert.Contains("Click-through rate (CTR): not available: Impressions was 0", text, StringComparison.Ordinal);
        Assert.Contains("Cost per click (CPC): not available: Clicks was 0", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_Persian_RightToLeftWithPersianDigitsAndJalaliChartLabels()
    {
        var (plan, history) = Behind();

        var card = ProgressCard.Build(plan, Week14, history[^1], KpiStandings.Evaluate(plan, history, Week14), Language.Persian);

        CardAssert.ValidForTeams(card);
        CardAssert.RightToLeft(card);
        Assert.True(CardSize.Fits(card, ProgressCard.SizeLimit), $"{CardSize.Measure(card)} code units");
        var text = CardAssert.VisibleText(card);
        Assert.Contains("خارج از مسیر", text, StringComparison.Ordinal);
        Assert.Contains("۵٬۸۸۸", text, StringComparison.Ordinal);
        Assert.Contains("فروردین ۱۴۰۶", text, StringComparison.Ordinal);
        Assert.Equal("۰۱/۱۶", CheckInFormat.ChartLabel(Language.Persian, Week14));
    }

    [Fact]
    public void Build_SkippedWeek_SaysSoWithTheEscapedReasonAndNoDerivedKpis()
    {
        var plan = CheckInSamples.Plan();
        var record = new CheckInRecord { PlanId = "plan", Week = Week14, Skipped = true, SkipReason = "away [click](https://evil.example)" };

        var card = ProgressCard.Build(plan, Week14, record, KpiStandings.Evaluate(plan, [record], Week14), Language.English);

        var text = CardAssert.VisibleText(card);
        Assert.Contains("You skipped", text, StringComparison.Ordinal);
        Assert.DoesNotContain("](", text, StringComparison.Ordinal);
        Assert.DoesNotContain("https://", text, StringComparison.Ordinal);
        Assert.Empty(CardAssert.OfType(card, "Image"));
        Assert.DoesNotContain("This week's KPIs", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_EveryLibraryKpiInPersian_ShrinksTheChartButKeepsEveryKpi()
    {
        var (behind, history) = Behind();
        var plan = CheckInSamples.WithTargets(behind, KpiLibrary.All.Select(k => CheckInSamples.Target(k.Id, 10, 20)));

        var card = ProgressCard.Build(plan, Week14, history[^1], KpiStandings.Evaluate(plan, history, Week14), Language.Persian);

        Assert.True(CardSize.Fits(card, ProgressCard.SizeLimit), $"{CardSize.Measure(card)} code units");
        Assert.Equal(KpiLibrary.All.Count, CardAssert.OfType(card, "TextBlock").Count(e => ((string?)e["id"])?.StartsWith("progressName-", StringComparison.Ordinal) == true));
        CardAssert.ValidForTeams(card);
    }

    private static (StrategyBot.Domain.Planning.MarketingPlan Plan, CheckInRecord[] History) Behind()
    {
        var plan = CheckInSamples.Plan();
        CheckInRecord[] history =
        [
            new() { PlanId = "plan", Week = Week14.AddWeeks(-2), Numbers = CheckInSamples.Numbers(5_200, 100_000, 1_000, 1_500) },
            new() { PlanId = "plan", Week = Week14.AddWeeks(-1), Numbers = CheckInSamples.Numbers(5_300, 100_000, 1_000, 1_500) },
            new() { PlanId = "plan", Week = Week14, Numbers = CheckInSamples.Numbers(5_400, 100_000, 1_000, 1_500) },
        ];
        return (plan, history);
    }
}
