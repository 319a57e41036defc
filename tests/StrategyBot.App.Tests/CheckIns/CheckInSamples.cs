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
