using StrategyBot.Domain.Kpis;
using StrategyBot.Domain.Planning;

namespace StrategyBot.App.Tests.CheckIns;

/// <summary>Plans with KPIs for the check-in tests.</summary>
internal static class CheckInSamples
{
    /// <summary>Reach 5,000 → 10,000, CTR 1 % → 2 % and CPC 2 → 1 USD, from 1 March to 31 May 2027, Monday 09:00 in Berlin.</summary>
    public static MarketingPlan Plan(string? zone = "Europe/Berlin", DayOfWeek day = DayOfWeek.Monday, int hour = 9)
    {
        var plan = new MarketingPlan { Id = "plan", Language = "en", StartDate = new DateOnly(2027, 3, 1) };
        plan.Control.KpiTargets.Add(Target(KpiIds.Reach, 5_000, 10_000));
        plan.Control.KpiTargets.Add(Target(KpiIds.Ctr, 1, 2));
        plan.Control.KpiTargets.Add(Target(KpiIds.Cpc, 2, 1));
        plan.Control.CheckInDay = day;
        plan.Control.CheckInTime = new TimeOnly(hour, 0);
        plan.Control.TimeZoneId = zone;
        plan.Tactics.PlatformTactics.Add(new PlatformTactic { Platform = Platform.Instagram, PostsPerWeek = 4, Formats = ["reels", "carousels"] });
        plan.Tactics.CallsToAction = [.. plan.Tactics.CallsToAction, "Book a free trial"];
        plan.Tactics.Budget.CurrencyCode = "USD";
        plan.Tactics.Budget.Lines.Add(new BudgetLine { Platform = Platform.Instagram, Percent = 60 });
        return plan;
    }

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
