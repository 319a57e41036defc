using StrategyBot.Domain.Kpis;
using StrategyBot.Domain.Planning;

namespace StrategyBot.Domain.CheckIns;

/// <summary>One KPI target of a plan together with the values reported so far.</summary>
public sealed class KpiTrack
{
    public required string KpiId { get; init; }

    public required KpiDirection Direction { get; init; }

    public required DateOnly PlanStart { get; init; }

    public required DateOnly Deadline { get; init; }

    public TargetCadence Cadence { get; init; } = TargetCadence.Level;

    /// <summary>Whose months a monthly target counts in: Jalali for a Persian plan, Gregorian otherwise.</summary>
    public bool JalaliMonths { get; init; }

    /// <summary>The starting value; when unknown, the first reported value stands in for it.</summary>
    public decimal? Baseline { get; init; }

    public required decimal Target { get; init; }

    /// <summary>Reported weeks in any order; weeks may be missing.</summary>
    public IReadOnlyList<WeeklyKpiValue> Weeks { get; init; } = [];

    /// <summary>The target pro-rated linearly from the baseline at the plan start to the target at the deadline.</summary>
    public decimal? ProRatedTarget(DateOnly at)
    {
        if (EffectiveBaseline() is not { } start)
        {
            return null;
        }

        var total = Deadline.DayNumber - PlanStart.DayNumber;
        if (total <= 0 || at >= Deadline)
        {
            return Target;
        }

        var elapsed = Math.Max(0, at.DayNumber - PlanStart.DayNumber);
        return start + ((Target - start) * elapsed / total);
    }

    /// <summary>
    /// What the plan expects one week to report, for the chart's target line: the pro-rated level (or weekly rate, or
    /// ratio) at the week's end; a monthly rate's weekly share; a total's even share of the period.
    /// </summary>
    public decimal? ExpectedInWeek(IsoWeek week) => Cadence switch
    {
        TargetCadence.Total => Target * 7m / Math.Max(7, Deadline.DayNumber - PlanStart.DayNumber),
        TargetCadence.PerMonth => ProRated(Baseline is { } b ? b * 7m / PeriodProgress.DaysPerMonth : null, Target * 7m / PeriodProgress.DaysPerMonth, week.Sunday),
        _ => ProRatedTarget(week.Sunday),
    };

    private decimal ProRated(decimal? start, decimal target, DateOnly at)
    {
        var total = Deadline.DayNumber - PlanStart.DayNumber;
        if (start is not { } from || total <= 0 || at >= Deadline)
        {
            return target;
        }

        var elapsed = Math.Max(0, at.DayNumber - PlanStart.DayNumber);
        return from + ((target - from) * elapsed / total);
    }

    public decimal? EffectiveBaseline() =>
        Baseline ?? Weeks.Where(w => w.Value is not null).OrderBy(w => w.Week).Select(w => w.Value).FirstOrDefault();
}
