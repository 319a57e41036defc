namespace StrategyBot.Domain.Planning;

/// <summary>The C of SOSTAC: KPIs, the weekly check-in slot and what to A/B test.</summary>
public sealed record Control
{
    public IReadOnlyList<KpiTarget> KpiTargets { get; init; } = [];

    public DayOfWeek? CheckInDay { get; init; }

    public TimeOnly? CheckInTime { get; init; }

    /// <summary>IANA or Windows time zone id, as Teams' localTimezone gave it and the user confirmed.</summary>
    public string? TimeZoneId { get; init; }

    public string? AbTestIdea { get; init; }

    /// <summary>A/B tests with their hypothesis, variants, metric, dates and result.</summary>
    public IReadOnlyList<Experiment> Experiments { get; init; } = [];

    /// <summary>This Control with <paramref name="target"/> in place of the target for the same objective and KPI, or added.</summary>
    public Control WithKpiTarget(KpiTarget target)
    {
        ArgumentNullException.ThrowIfNull(target);
        var index = KpiTargets.FindIndex(k => k.ObjectiveId == target.ObjectiveId && k.KpiId == target.KpiId);
        return this with { KpiTargets = KpiTargets.PutAt(index < 0 ? KpiTargets.Count : index, target) };
    }

    /// <summary>Ended experiments whose result the check-in should ask for.</summary>
    public IReadOnlyList<Experiment> DueForResult(DateOnly today) => [.. Experiments.Where(e => e.IsDueForResult(today)).OrderBy(e => e.End)];
}
