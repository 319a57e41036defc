using StrategyBot.Domain.Kpis;
using StrategyBot.Domain.Planning;

namespace StrategyBot.App.Tests.CheckIns;

/// <summary>Plans with KPIs for the check-in tests.</summary>
internal static class CheckInSamples
{
    /// <summary>Reach 5,000 → 10,000, CTR 1 % → 2 % and CPC 2 → 1 USD, from 1 March to 31 May 2027, Monday 09:00 in Berlin.</summary>
    public static MarketingPlan Plan(string? zone = "Europe/Berlin", DayOfWeek day = DayOfWeek.Monday, int hour = 9)
    {
        return new MarketingPlan
        {
            Id = "plan",
            Language = "en",
            StartDate = new DateOnly(2027, 3, 1),
            Control = new Control
            {
                KpiTargets = [Target(KpiIds.Reach, 5_000, 10_000), Target(KpiIds.Ctr, 1, 2), Target(KpiIds.Cpc, 2, 1)],
                CheckInDay = day,
                CheckInTime = new TimeOnly(hour, 0),
                TimeZoneId = zone,
            },
            Tactics = new Tactics
            {
                PlatformTactics = [new PlatformTactic { Platform = Platform.Instagram, PostsPerWeek = 4, Formats = ["reels", "carousels"] }],
                CallsToAction = ["Book a free trial"],
                Budget = new BudgetSplit { CurrencyCode = "USD", Lines = [new BudgetLine { Platform = Platform.Instagram, Percent = 60 }] },
            },
        };
    }

    /// <summary>
    /// A Tehran coffee shop: Instagram followers 8,500 → 11,000 and Telegram 1,200 → 1,560 (a level each), and 150
    /// sales a month over all platforms, from 1 March to 31 May 2027; Situation knows both platforms' followers.
    /// </summary>
    public static MarketingPlan CoffeeShop(string language = "en", params KpiTarget[] supportingFirst) => new()
    {
        Id = "plan",
        Language = language,
        StartDate = new DateOnly(2027, 3, 1),
        Objectives =
        [
            new Objective { Id = "ig", Text = "Grow Instagram followers", Metric = ObjectiveMetric.Followers, Platform = Platform.Instagram },
            new Objective { Id = "tg", Text = "Grow Telegram followers", Metric = ObjectiveMetric.Followers, Platform = Platform.Telegram },
            new Objective { Id = "sales", Text = "150 sales a month", Metric = ObjectiveMetric.Sales },
        ],
        Situation = new Situation
        {
            Presence =
            [
                new PlatformPresence { Platform = Platform.Instagram, Followers = 8_500, WeeklyReach = 21_000 },
                new PlatformPresence { Platform = Platform.Telegram, Followers = 1_200 },
            ],
        },
        Control = new Control
        {
            KpiTargets =
            [
                .. supportingFirst,
                new KpiTarget
                {
                    ObjectiveId = "ig", KpiId = KpiIds.Followers, Platform = Platform.Instagram, Cadence = TargetCadence.Level,
                    Target = 11_000, Deadline = new DateOnly(2027, 5, 31),
                },
                new KpiTarget
                {
                    ObjectiveId = "tg", KpiId = KpiIds.Followers, Platform = Platform.Telegram, Cadence = TargetCadence.Level,
                    Target = 1_560, Deadline = new DateOnly(2027, 5, 31),
                },
                new KpiTarget
                {
                    ObjectiveId = "sales", KpiId = KpiIds.Conversions, Cadence = TargetCadence.PerMonth, Target = 150, Deadline = new DateOnly(2027, 5, 31),
                },
            ],
            CheckInDay = DayOfWeek.Monday,
            CheckInTime = new TimeOnly(9, 0),
            TimeZoneId = "Asia/Tehran",
        },
    };

    /// <summary>One week of the coffee shop: followers per platform and sales over all platforms.</summary>
    public static WeeklyNumbers CoffeeShopWeek(decimal instagram, decimal telegram, decimal sales)
    {
        return new WeeklyNumbers { Conversions = sales }
            .With(new PlatformInput(WeeklyInput.Followers, Platform.Instagram), instagram)
            .With(new PlatformInput(WeeklyInput.Followers, Platform.Telegram), telegram);
    }

    /// <summary><paramref name="plan"/> with <paramref name="target"/> added to its KPIs.</summary>
    public static MarketingPlan WithTarget(MarketingPlan plan, KpiTarget target) =>
        plan with { Control = plan.Control with { KpiTargets = [.. plan.Control.KpiTargets, target] } };

    /// <summary><paramref name="plan"/> with no KPIs, or only <paramref name="targets"/>.</summary>
    public static MarketingPlan WithTargets(MarketingPlan plan, params IEnumerable<KpiTarget> targets) =>
        plan with { Control = plan.Control with { KpiTargets = [.. targets] } };

    public static KpiTarget Target(string kpiId, decimal baseline, decimal target) => new()
    {
        ObjectiveId = "o1",
        KpiId = kpiId,
        Baseline = baseline,
        Target = target,
        Deadline = new DateOnly(2027, 5, 31),
    };

    public static WeeklyNumbers Numbers(decimal reach, decimal impressions, decimal clicks, decimal spend) => new()
    {
        Reach = reach,
        Impressions = impressions,
        Clicks = clicks,
        Spend = spend,
    };
}
