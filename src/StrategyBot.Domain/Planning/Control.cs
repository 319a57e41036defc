namespace StrategyBot.Domain.Planning;

/// <summary>The C of SOSTAC: KPIs, the weekly check-in slot and what to A/B test.</summary>
public sealed class Control
{
    public List<KpiTarget> KpiTargets { get; set; } = [];

    public DayOfWeek? CheckInDay { get; set; }

    public TimeOnly? CheckInTime { get; set; }

    /// <summary>IANA or Windows time zone id, as Teams' localTimezone gave it and the user confirmed.</summary>
    public string? TimeZoneId { get; set; }

    public string? AbTestIdea { get; set; }

    /// <summary>A/B tests with their hypothesis, variants, metric, dates and result.</summary>
    public List<Experiment> Experiments { get; set; } = [];

    /// <summary>Ended experiments whose result the check-in should ask for.</summary>
    public IReadOnlyList<Experiment> DueForResult(DateOnly today) => [.. Experiments.Where(e => e.IsDueForResult(today)).OrderBy(e => e.End)];
}
