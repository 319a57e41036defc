using StrategyBot.Domain.Kpis;
using StrategyBot.Domain.Planning;

namespace StrategyBot.Domain.CheckIns;

/// <summary>
/// Compares reported KPI values with the target pro-rated linearly from plan start to deadline.
/// The ratio is the share of the change planned so far that was actually achieved: (latest − baseline) ÷
/// (pro-rated − baseline), mirrored for lower-is-better KPIs (CPC, CPA, CPM). A ratio on the raw level
/// (latest ÷ pro-rated) would call a plan "on track" after weeks of zero growth, because a 20 % growth
/// target keeps the level within 20 % of plan; measuring the change closed keeps the status honest.
/// </summary>
public static class KpiProgress
{
    /// <summary>At least 90 % of the planned change achieved so far.</summary>
    public const decimal OnTrackRatio = 0.90m;

    /// <summary>At least 70 % of the planned change achieved so far; below this the KPI is off track.</summary>
    public const decimal AtRiskRatio = 0.70m;

    /// <summary>
    /// Judges the track by its cadence: a level or a ratio by its latest value; a total by the weeks added up; a rate
    /// per week by its latest week; a rate per month by the month to date (or, before a month has two reported
    /// weeks, by the week's share of the month). The report's <see cref="KpiProgressReport.Basis"/> says which.
    /// </summary>
    public static KpiProgressReport Evaluate(KpiTrack track, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(track);
        var reported = track.Weeks.Where(w => w.Value is not null && w.Week.Monday <= asOf).OrderBy(w => w.Week).ToList();
        var missing = MissingWeeks(track, asOf, reported.Select(w => w.Week).ToHashSet());
        return track.Cadence switch
        {
            TargetCadence.Total => PeriodProgress.Total(track, reported, missing),
            TargetCadence.PerMonth or TargetCadence.PerWeek => PeriodProgress.Rate(track, reported, missing, asOf),
            _ => Latest(track, reported, missing),
        };
    }

    internal static KpiProgressReport Latest(KpiTrack track, List<WeeklyKpiValue> reported, List<IsoWeek> missing)
    {
        // Without a stated baseline the first reported week is the baseline, so one week alone shows no change yet;
        // judging it would call every new plan off track after its first check-in.
        if (reported.Count == 0 || (track.Baseline is null && reported.Count < 2) || track.EffectiveBaseline() is not { } baseline)
        {
            return new KpiProgressReport { KpiId = track.KpiId, Status = KpiStatus.NoData, Target = track.Target, Deadline = track.Deadline, MissingWeeks = missing };
        }

        var latestWeek = reported[^1].Week;
        var latest = reported[^1].Value!.Value;
        var at = Clamp(latestWeek.Sunday, track.PlanStart, track.Deadline);
        var proRated = track.ProRatedTarget(at)!.Value;
        var lowerIsBetter = track.Direction == KpiDirection.LowerIsBetter;
        var planned = Better(lowerIsBetter, proRated - baseline);
        var achieved = Better(lowerIsBetter, latest - baseline);
        decimal? ratio = planned > 0m ? Math.Round(achieved / planned, 4) : null;

        return new KpiProgressReport
        {
            KpiId = track.KpiId,
            Status = ratio is { } r ? StatusFor(r) : achieved >= 0m ? KpiStatus.OnTrack : KpiStatus.AtRisk,
            LatestWeek = latestWeek,
            Latest = latest,
            ProRatedTarget = Math.Round(proRated, 4),
            Ratio = ratio,
            Projected = Project(track, baseline, latest, at),
            Target = track.Target,
            Deadline = track.Deadline,
            TargetReached = Better(lowerIsBetter, latest - track.Target) >= 0m,
            MissingWeeks = missing,
            SoFar = latest,
            ExpectedSoFar = Math.Round(proRated, 4),
            WeeksCounted = 1,
        };
    }

    public static KpiStatus StatusFor(decimal ratio) =>
        ratio >= OnTrackRatio ? KpiStatus.OnTrack : ratio >= AtRiskRatio ? KpiStatus.AtRisk : KpiStatus.OffTrack;

    // The pace is the change from the baseline at the plan start to the latest value, held until the deadline.
    private static decimal? Project(KpiTrack track, decimal baseline, decimal latest, DateOnly at)
    {
        var elapsed = at.DayNumber - track.PlanStart.DayNumber;
        var total = track.Deadline.DayNumber - track.PlanStart.DayNumber;
        if (elapsed <= 0 || total <= 0)
        {
            return null;
        }

        var projected = baseline + ((latest - baseline) * total / elapsed);
        return Math.Round(Math.Max(0m, projected), 2);
    }

    private static List<IsoWeek> MissingWeeks(KpiTrack track, DateOnly asOf, HashSet<IsoWeek> reported)
    {
        var missing = new List<IsoWeek>();
        for (var week = IsoWeek.FromDate(track.PlanStart); week.Sunday < asOf && week.Monday <= track.Deadline; week = week.Next())
        {
            if (!reported.Contains(week))
            {
                missing.Add(week);
            }
        }

        return missing;
    }

    internal static decimal Better(bool lowerIsBetter, decimal delta) => lowerIsBetter ? -delta : delta;

    internal static DateOnly Clamp(DateOnly date, DateOnly min, DateOnly max) => date < min ? min : date > max ? max : date;
}
