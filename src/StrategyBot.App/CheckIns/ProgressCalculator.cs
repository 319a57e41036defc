using StrategyBot.Domain.Kpis;
using StrategyBot.Domain.Planning;

namespace StrategyBot.App.CheckIns;

/// <summary>
/// Progress of each target KPI against a target pro-rated linearly from the plan's start to the deadline.
/// Status compares the progress made since the baseline with the progress expected by now: on track from
/// <see cref="OnTrackShare"/>, at risk from <see cref="AtRiskShare"/>, off track below. The projection extends
/// the least-squares trend of the reported weeks to the deadline. (The domain has no KpiProgress yet, so this
/// lives here; it is pure and can move to StrategyBot.Domain as it is.)
/// </summary>
internal static class ProgressCalculator
{
    public const int ChartWeeks = 8;
    public const decimal OnTrackShare = 0.9m;
    public const decimal AtRiskShare = 0.7m;

    public static IReadOnlyList<CheckInWeek> Weeks(CheckInWeek current) =>
        [.. Enumerable.Range(0, ChartWeeks).Select(i => current.AddWeeks(i - ChartWeeks + 1))];

    public static IReadOnlyList<KpiProgress> Calculate(MarketingPlan plan, IReadOnlyList<CheckInRecord> history, CheckInWeek current)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(history);
        var weeks = Weeks(current);
        var byWeek = history.Where(r => !r.Skipped).GroupBy(r => r.Week).ToDictionary(g => g.Key, g => g.Last().Numbers);
        var start = plan.StartDate ?? (history.Count > 0 ? history.Min(r => r.Week).Monday : current.Monday);
        var results = new List<KpiProgress>();
        foreach (var target in plan.Control.KpiTargets.DistinctBy(t => t.KpiId))
        {
            if (!KpiLibrary.TryGet(target.KpiId, out var kpi))
            {
                continue;
            }

            var series = weeks.Select(w => byWeek.TryGetValue(w, out var numbers) ? kpi.Compute(numbers).Value : null).ToList();
            var baseline = target.Baseline ?? FirstValue(kpi, byWeek);
            var targetSeries = weeks.Select(w => Expected(baseline, target, start, w)).ToList();
            var actual = series[^1];
            var expected = targetSeries[^1];
            results.Add(new KpiProgress
            {
                Kpi = kpi,
                Target = target,
                Actual = actual,
                Expected = expected,
                // Without a stated baseline the first reported week is the baseline, so one week alone says nothing.
                Status = target.Baseline is null && series.Count(v => v is not null) < 2
                    ? KpiStatus.NoData
                    : StatusOf(kpi.Direction, baseline, expected, actual),
                Projected = Project(series, weeks, target.Deadline, kpi.Unit),
                Series = series,
                TargetSeries = targetSeries,
            });
        }

        return results;
    }

    /// <summary>The target level for the end of <paramref name="week"/>, linear from start (at baseline) to deadline (at target).</summary>
    public static decimal? Expected(decimal? baseline, KpiTarget target, DateOnly start, CheckInWeek week)
    {
        ArgumentNullException.ThrowIfNull(target);
        if (baseline is not { } from)
        {
            return null;
        }

        var total = target.Deadline.DayNumber - start.DayNumber;
        if (total <= 0)
        {
            return target.Target;
        }

        var elapsed = Math.Clamp(week.Sunday.DayNumber - start.DayNumber, 0, total);
        return from + ((target.Target - from) * elapsed / total);
    }

    public static KpiStatus StatusOf(KpiDirection direction, decimal? baseline, decimal? expected, decimal? actual)
    {
        if (actual is not { } now || expected is not { } goal || baseline is not { } from)
        {
            return KpiStatus.NoData;
        }

        var sign = direction == KpiDirection.HigherIsBetter ? 1m : -1m;
        var expectedGain = (goal - from) * sign;
        if (expectedGain <= 0)
        {
            // Nothing to gain yet (the first week, or a hold-the-line target): judge the level itself.
            var shortfall = (goal - now) * sign;
            var tolerance = Math.Abs(goal) * (1 - OnTrackShare);
            return shortfall <= tolerance ? KpiStatus.OnTrack
                : shortfall <= Math.Abs(goal) * (1 - AtRiskShare) ? KpiStatus.AtRisk
                : KpiStatus.OffTrack;
        }

        var share = (now - from) * sign / expectedGain;
        return share >= OnTrackShare ? KpiStatus.OnTrack : share >= AtRiskShare ? KpiStatus.AtRisk : KpiStatus.OffTrack;
    }

    /// <summary>The least-squares line through the reported weeks, read at the deadline; null with fewer than two weeks.</summary>
    public static decimal? Project(IReadOnlyList<decimal?> series, IReadOnlyList<CheckInWeek> weeks, DateOnly deadline, KpiUnit unit)
    {
        ArgumentNullException.ThrowIfNull(series);
        ArgumentNullException.ThrowIfNull(weeks);
        var points = series.Select((v, i) => (X: (double)i, Y: v)).Where(p => p.Y is not null).Select(p => (p.X, Y: (double)p.Y!.Value)).ToList();
        if (points.Count < 2)
        {
            return null;
        }

        var meanX = points.Average(p => p.X);
        var meanY = points.Average(p => p.Y);
        var sxx = points.Sum(p => (p.X - meanX) * (p.X - meanX));
        var slope = sxx == 0 ? 0 : points.Sum(p => (p.X - meanX) * (p.Y - meanY)) / sxx;
        var deadlineX = (weeks.Count - 1) + Math.Max(0, CheckInWeek.FromDate(deadline).WeeksSince(weeks[^1]));
        var projected = meanY + (slope * (deadlineX - meanX));
        if (double.IsNaN(projected) || double.IsInfinity(projected) || Math.Abs(projected) > 1e15)
        {
            return null;
        }

        // Counts, money and rates cannot go below zero however steep the fall.
        var value = (decimal)Math.Max(0, projected);
        return unit == KpiUnit.Count ? Math.Round(value, 0) : Math.Round(value, 2);
    }

    private static decimal? FirstValue(KpiDefinition kpi, Dictionary<CheckInWeek, WeeklyNumbers> byWeek) =>
        byWeek.OrderBy(p => p.Key).Select(p => kpi.Compute(p.Value).Value).FirstOrDefault(v => v is not null);
}
