using StrategyBot.Domain.CheckIns;
using StrategyBot.Domain.Kpis;
using StrategyBot.Domain.Planning;

namespace StrategyBot.App.CheckIns;

/// <summary>
/// Turns the plan's KPI targets and the stored check-ins into domain <see cref="KpiTrack"/>s and lets
/// <see cref="KpiProgress"/> judge them, so the cards show the one rule set (thresholds, pro-rating, projection).
/// Only the mapping and the chart's weekly series live here.
/// </summary>
internal static class KpiStandings
{
    public const int ChartWeeks = 8;

    public static IReadOnlyList<IsoWeek> Weeks(IsoWeek current) =>
        [.. Enumerable.Range(0, ChartWeeks).Select(i => current.AddWeeks(i - ChartWeeks + 1))];

    public static IReadOnlyList<KpiStanding> Evaluate(MarketingPlan plan, IReadOnlyList<CheckInRecord> history, IsoWeek current)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(history);
        var weeks = Weeks(current);
        var byWeek = history.Where(r => !r.Skipped && r.Week <= current)
            .GroupBy(r => r.Week).ToDictionary(g => g.Key, g => g.Last().Numbers);
        var start = plan.StartDate ?? (history.Count > 0 ? history.Min(r => r.Week).Monday : current.Monday);
        var results = new List<KpiStanding>();
        foreach (var target in plan.Control.KpiTargets.DistinctBy(t => t.KpiId))
        {
            if (!KpiLibrary.TryGet(target.KpiId, out var kpi))
            {
                continue;
            }

            var track = new KpiTrack
            {
                KpiId = kpi.Id,
                Direction = kpi.Direction,
                PlanStart = start,
                Deadline = target.Deadline,
                Baseline = target.Baseline,
                Target = target.Target,
                Cadence = target.Cadence ?? TargetCadence.Level,
                JalaliMonths = plan.Language == "fa",
                Weeks = [.. byWeek.Select(p => new WeeklyKpiValue(p.Key, kpi.Compute(p.Value).Value))],
            };
            results.Add(new KpiStanding
            {
                Kpi = kpi,
                Target = target,
                Report = KpiProgress.Evaluate(track, current.Sunday),
                Series = [.. weeks.Select(w => byWeek.TryGetValue(w, out var numbers) ? kpi.Compute(numbers).Value : null)],
                TargetSeries = [.. weeks.Select(track.ExpectedInWeek)],
            });
        }

        return results;
    }
}
