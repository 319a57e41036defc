using StrategyBot.Domain.Kpis;
using StrategyBot.Domain.Planning;
using StrategyBot.Domain.Text;

namespace StrategyBot.Domain.CheckIns;

/// <summary>
/// Progress for targets whose weeks add up: a total over the period ("300 leads by April") and a rate per month
/// ("150 sales a month"). Judging those by the latest week alone, as a level is judged, calls a good week of a
/// monthly target "off track, at this pace 0 of 150".
/// </summary>
internal static class PeriodProgress
{
    public const decimal DaysPerMonth = 30.4375m;

    /// <summary>
    /// The reported weeks added up against the total's share for as many weeks. A week without a report is not
    /// counted as zero (the count is unknown), so a skipped week does not make the plan look behind.
    /// </summary>
    public static KpiProgressReport Total(KpiTrack track, List<WeeklyKpiValue> reported, List<IsoWeek> missing)
    {
        var weeks = reported.Where(w => w.Week.Sunday >= track.PlanStart).ToList();
        var totalDays = Math.Max(7, track.Deadline.DayNumber - track.PlanStart.DayNumber);
        if (weeks.Count == 0)
        {
            return new KpiProgressReport
            {
                KpiId = track.KpiId, Status = KpiStatus.NoData, Basis = ProgressBasis.CumulativeTotal,
                Target = track.Target, Deadline = track.Deadline, MissingWeeks = missing,
            };
        }

        var sum = weeks.Sum(w => w.Value!.Value);
        var expected = Math.Min(track.Target, track.Target * 7m * weeks.Count / totalDays);
        var lowerIsBetter = track.Direction == KpiDirection.LowerIsBetter;
        decimal? ratio = expected <= 0m ? null : lowerIsBetter ? (sum > 0m ? expected / sum : 1m) : sum / expected;
        return new KpiProgressReport
        {
            KpiId = track.KpiId,
            Status = ratio is { } r ? KpiProgress.StatusFor(Math.Round(r, 4)) : KpiStatus.OnTrack,
            Basis = ProgressBasis.CumulativeTotal,
            LatestWeek = weeks[^1].Week,
            Latest = weeks[^1].Value,
            SoFar = sum,
            ExpectedSoFar = Math.Round(expected, 2),
            WeeksCounted = weeks.Count,
            Ratio = ratio is { } value ? Math.Round(value, 4) : null,
            ProRatedTarget = Math.Round(expected, 4),
            Projected = Math.Round(sum / weeks.Count * totalDays / 7m, 2),
            Target = track.Target,
            Deadline = track.Deadline,
            TargetReached = KpiProgress.Better(lowerIsBetter, sum - track.Target) >= 0m,
            MissingWeeks = missing,
        };
    }

    /// <summary>
    /// A rate per week or per month, judged on its weekly equivalent (a month's target × 7 ÷ 30.4375). With a baseline
    /// the rate ramps from it to the target by the deadline and the change is judged, as for a level; without one,
    /// the week is judged against the target's weekly share itself ("18 sales against about 35 a week"). For a
    /// monthly rate, once the latest week's month has two reported weeks they are added up and judged against their
    /// share of the month's target (the month to date).
    /// </summary>
    public static KpiProgressReport Rate(KpiTrack track, List<WeeklyKpiValue> reported, List<IsoWeek> missing, DateOnly asOf)
    {
        var perWeek = track.Cadence == TargetCadence.PerMonth ? 7m / DaysPerMonth : 1m;
        var weeks = reported.Where(w => w.Week.Sunday >= track.PlanStart).ToList();
        if (weeks.Count == 0)
        {
            return new KpiProgressReport
            {
                KpiId = track.KpiId, Status = KpiStatus.NoData, Target = track.Target, Deadline = track.Deadline, MissingWeeks = missing,
                Basis = perWeek == 1m ? ProgressBasis.Latest : ProgressBasis.WeeklyShareOfMonth,
            };
        }

        var lowerIsBetter = track.Direction == KpiDirection.LowerIsBetter;
        var baseline = track.Baseline * perWeek;
        decimal Expected(IsoWeek week)
        {
            var target = track.Target * perWeek;
            if (baseline is not { } start)
            {
                return target;
            }

            var total = track.Deadline.DayNumber - track.PlanStart.DayNumber;
            var at = KpiProgress.Clamp(week.Sunday, track.PlanStart, track.Deadline);
            return total <= 0 ? target : start + ((target - start) * (at.DayNumber - track.PlanStart.DayNumber) / total);
        }

        var monthToDate = track.Cadence == TargetCadence.PerMonth
            ? weeks.Where(w => MonthOf(w.Week, track.JalaliMonths) == MonthOf(weeks[^1].Week, track.JalaliMonths)).ToList()
            : [];
        var counted = monthToDate.Count >= 2 ? monthToDate : [weeks[^1]];
        var soFar = counted.Sum(w => w.Value!.Value);
        var expected = counted.Sum(w => Expected(w.Week));
        var from = (baseline ?? 0m) * counted.Count;
        var planned = KpiProgress.Better(lowerIsBetter, expected - from);
        var achieved = KpiProgress.Better(lowerIsBetter, soFar - from);
        decimal? ratio = baseline is null
            ? (lowerIsBetter ? (soFar > 0m ? expected / soFar : 1m) : expected > 0m ? soFar / expected : null)
            : planned > 0m ? achieved / planned : null;
        var latest = weeks[^1].Value!.Value;
        return new KpiProgressReport
        {
            KpiId = track.KpiId,
            Status = ratio is { } r ? KpiProgress.StatusFor(Math.Round(r, 4)) : achieved >= 0m ? KpiStatus.OnTrack : KpiStatus.AtRisk,
            Basis = counted.Count >= 2 ? ProgressBasis.MonthToDate : perWeek == 1m ? ProgressBasis.Latest : ProgressBasis.WeeklyShareOfMonth,
            LatestWeek = weeks[^1].Week,
            Latest = latest,
            SoFar = soFar,
            ExpectedSoFar = Math.Round(expected, 2),
            WeeksCounted = counted.Count,
            Ratio = ratio is { } value ? Math.Round(value, 4) : null,
            ProRatedTarget = Math.Round(Expected(weeks[^1].Week), 4),
            Projected = Math.Round(Pace(track, weeks, baseline) / perWeek, 2),
            Target = track.Target,
            Deadline = track.Deadline,
            TargetReached = KpiProgress.Better(lowerIsBetter, (latest / perWeek) - track.Target) >= 0m,
            MissingWeeks = missing,
        };
    }

    // The weekly rate the deadline would see: with a baseline, the change since the plan start held to the deadline;
    // without one, the average of the last four reported weeks.
    private static decimal Pace(KpiTrack track, List<WeeklyKpiValue> weeks, decimal? baseline)
    {
        var latest = weeks[^1].Value!.Value;
        var elapsed = KpiProgress.Clamp(weeks[^1].Week.Sunday, track.PlanStart, track.Deadline).DayNumber - track.PlanStart.DayNumber;
        var total = track.Deadline.DayNumber - track.PlanStart.DayNumber;
        if (baseline is not { } start || elapsed <= 0 || total <= 0)
        {
            return weeks.TakeLast(4).Average(w => w.Value!.Value);
        }

        return Math.Max(0m, start + ((latest - start) * total / elapsed));
    }

    // A week belongs to the month its Thursday falls in, as ISO weeks belong to years.
    private static (int Year, int Month) MonthOf(IsoWeek week, bool jalali)
    {
        var thursday = week.Monday.AddDays(3);
        if (!jalali)
        {
            return (thursday.Year, thursday.Month);
        }

        var (year, month, _) = JalaliDate.ToJalali(thursday);
        return (year, month);
    }
}
