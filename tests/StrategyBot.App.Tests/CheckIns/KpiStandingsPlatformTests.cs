using StrategyBot.App.CheckIns;
using StrategyBot.Domain.CheckIns;
using StrategyBot.Domain.Kpis;
using StrategyBot.Domain.Planning;

namespace StrategyBot.App.Tests.CheckIns;

/// <summary>Per-platform targets, baselines from Situation and monthly targets, on the coffee shop of issue 15.</summary>
public sealed class KpiStandingsPlatformTests
{
    private static readonly IsoWeek Week13 = IsoWeek.Create(2027, 13);
    private static readonly IsoWeek Week14 = IsoWeek.Create(2027, 14);

    [Fact]
    public void Evaluate_FollowersOnTwoPlatforms_EachJudgedAgainstItsOwnTarget()
    {
        var plan = CheckInSamples.CoffeeShop();
        var history = new[] { Record(Week14, CheckInSamples.CoffeeShopWeek(instagram: 9_100, telegram: 1_350, sales: 20)) };

        var progress = KpiStandings.Evaluate(plan, history, Week14);

        Assert.Equal([Platform.Instagram, Platform.Telegram, null], progress.Select(p => p.Platform));
        var instagram = progress[0];
        var telegram = progress[1];
        Assert.Equal(9_100m, instagram.Report.Latest);
        Assert.Equal(11_000m, instagram.Report.Target);
        Assert.Equal(KpiStatus.OffTrack, instagram.Status);
        Assert.Equal(1_350m, telegram.Report.Latest);
        Assert.Equal(1_560m, telegram.Report.Target);
        Assert.Equal(KpiStatus.OnTrack, telegram.Status);
    }

    [Fact]
    public void Evaluate_NoBaselineOnTheTarget_TakesSituationsFollowersSoOneWeekIsJudged()
    {
        var plan = CheckInSamples.CoffeeShop();
        var history = new[] { Record(Week14, CheckInSamples.CoffeeShopWeek(instagram: 9_100, telegram: 1_350, sales: 20)) };

        var instagram = KpiStandings.Evaluate(plan, history, Week14)[0];

        Assert.NotEqual(KpiStatus.NoData, instagram.Status);
        Assert.Equal(8_500m + (2_500m * 41 / 91), instagram.Report.ProRatedTarget!.Value, 2);
    }

    [Fact]
    public void Evaluate_MonthlySalesWithTwoWeeksOfTheMonth_IsJudgedAgainstTheMonthToDate()
    {
        var plan = CheckInSamples.CoffeeShop();
        var history = new[]
        {
            Record(Week13, CheckInSamples.CoffeeShopWeek(instagram: 9_000, telegram: 1_300, sales: 18)),
            Record(Week14, CheckInSamples.CoffeeShopWeek(instagram: 9_100, telegram: 1_350, sales: 20)),
        };

        var sales = KpiStandings.Evaluate(plan, history, Week14)[2];

        Assert.Equal(ProgressBasis.MonthToDate, sales.Report.Basis);
        Assert.Equal(38m, sales.Report.SoFar);
        Assert.Equal(2, sales.Report.WeeksCounted);
    }

    [Fact]
    public void Evaluate_WeekReportedTheMondayThePlanStarted_IsNotDroppedAsBeforeThePlan()
    {
        // The plan was written on Monday 12 April 2027; that day's check-in reports the week that ended the day before.
        var plan = new MarketingPlan
        {
            Id = "plan",
            Language = "en",
            StartDate = Week14.Monday.AddDays(7),
            Situation = new Situation { Presence = [new PlatformPresence { Platform = Platform.Instagram, WeeklyReach = 21_000 }] },
            Control = new Control
            {
                KpiTargets =
                [
                    new KpiTarget
                    {
                        ObjectiveId = "o1", KpiId = KpiIds.Reach, Platform = Platform.Instagram, Cadence = TargetCadence.PerWeek, Target = 30_000,
                        Deadline = new DateOnly(2027, 6, 30),
                    },
                ],
            },
        };
        var numbers = new WeeklyNumbers().With(new PlatformInput(WeeklyInput.Reach, Platform.Instagram), 23_500);

        var reach = Assert.Single(KpiStandings.Evaluate(plan, [Record(Week14, numbers)], Week14));

        Assert.NotEqual(KpiStatus.NoData, reach.Status);
        Assert.Equal(23_500m, reach.Report.Latest);
        Assert.Equal([23_500m], reach.Series);
    }

    [Fact]
    public void Evaluate_RecordFromBeforePerPlatformCheckIns_StillCountsForTheOnePlatform()
    {
        var plan = CheckInSamples.CoffeeShop();
        var old = new[] { Record(Week14, new WeeklyNumbers { Followers = 9_100, Conversions = 20 }) };

        var progress = KpiStandings.Evaluate(plan, old, Week14);

        Assert.Equal(9_100m, progress[0].Report.Latest);
        Assert.Equal(20m, progress[2].Report.Latest);
    }

    [Fact]
    public void Weeks_NewPlan_StartsAtThePlansFirstWeekInsteadOfEightEmptyOnes()
    {
        Assert.Equal([Week13, Week14], KpiStandings.Weeks(Week13.Monday.AddDays(2), Week14));
        Assert.Equal(KpiStandings.ChartWeeks, KpiStandings.Weeks(new DateOnly(2026, 1, 1), Week14).Count);
        Assert.Equal([Week14], KpiStandings.Weeks(Week14.Monday.AddDays(10), Week14));
    }

    private static CheckInRecord Record(IsoWeek week, WeeklyNumbers numbers) => new() { PlanId = "plan", Week = week, Numbers = numbers };
}
