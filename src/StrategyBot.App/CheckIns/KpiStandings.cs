using StrategyBot.Domain.CheckIns;
using StrategyBot.Domain.Kpis;
using StrategyBot.Domain.Planning;

namespace StrategyBot.App.CheckIns;

/// <summary>
/// Turns the plan's KPI targets and the stored check-ins into domain <see cref="KpiTrack"/>s and lets
/// <see cref="KpiProgress"/> judge them, so the cards show the one rule set (thresholds, pro-rating, projection).
/// Each target is judged on its own platform's numbers ("Instagram followers" against the Instagram target), with
/// the Situation's numbers as its baseline where the target has none. Only the mapping and the chart's weekly
/// series live here.
/// </summary>
internal static class KpiStandings
{
    public const int ChartWeeks = 8;

    /// <summary>The chart's weeks: the last <see cref="ChartWeeks"/>, but none before the plan's first week.</summary>
    public static IReadOnlyList<IsoWeek> Weeks(DateOnly planStart, IsoWeek current)
    {
        var first = IsoWeek.FromDate(planStart);
        var from = current.AddWeeks(1 - ChartWeeks);
        from = first > from ? (first > current ? current : first) : from;
        var weeks = new List<IsoWeek>();
        for (var week = from; week <= current; week = week.Next())
        {
            weeks.Add(week);
        }

        return weeks;
    }

    /// <summary>
    /// When the plan counts from: its start date, or the first reported week when that came earlier (a plan written
    /// on a Monday is asked about the week before; that week's numbers must not be dropped as "before the plan").
    /// </summary>
    public static DateOnly PlanStart(MarketingPlan plan, IReadOnlyList<CheckInRecord> history, IsoWeek current)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(history);
        var firstReported = history.Where(r => !r.Skipped && r.Week <= current).Select(r => (DateOnly?)r.Week.Monday).Min();
        var start = plan.StartDate ?? firstReported ?? current.Monday;
        return firstReported is { } reported && reported < start ? reported : start;
    }

    public static IReadOnlyList<KpiStanding> Evaluate(MarketingPlan plan, IReadOnlyList<CheckInRecord> history, IsoWeek current)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(history);
        var start = PlanStart(plan, history, current);
        var weeks = Weeks(start, current);
        var byWeek = history.Where(r => !r.Skipped && r.Week <= current)
            .GroupBy(r => r.Week).ToDictionary(g => g.Key, g => g.Last().Numbers);
        var results = new List<KpiStanding>();
        foreach (var target in CheckInInputs.Targets(plan))
        {
            var kpi = KpiLibrary.Get(target.KpiId);
            decimal? Value(WeeklyNumbers numbers) => kpi.Compute(numbers.On(target.Platform)).Value;
            var track = new KpiTrack
            {
                KpiId = kpi.Id,
                Direction = kpi.Direction,
                PlanStart = start,
                Deadline = target.Deadline,
                Baseline = target.Baseline ?? KpiBaselines.FromSituation(plan.Situation, kpi.Id, target.Platform),
                Target = target.Target,
                Cadence = target.Cadence ?? TargetCadence.Level,
                JalaliMonths = plan.Language == "fa",
                Weeks = [.. byWeek.Select(p => new WeeklyKpiValue(p.Key, Value(p.Value)))],
            };
            results.Add(new KpiStanding
            {
                Kpi = kpi,
                Target = target,
                Report = KpiProgress.Evaluate(track, current.Sunday),
                Weeks = weeks,
                Series = [.. weeks.Select(w => byWeek.TryGetValue(w, out var numbers) ? Value(numbers) : null)],
                TargetSeries = [.. weeks.Select(track.ExpectedInWeek)],
            });
        }

        return results;
    }
}
