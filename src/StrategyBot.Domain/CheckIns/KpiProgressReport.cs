namespace StrategyBot.Domain.CheckIns;

/// <summary>Where a KPI stands against its pro-rated target, and where the current pace leads.</summary>
public sealed class KpiProgressReport
{
    public required string KpiId { get; init; }

    public required KpiStatus Status { get; init; }

    public IsoWeek? LatestWeek { get; init; }

    public decimal? Latest { get; init; }

    /// <summary>The pro-rated target at the end of the latest reported week.</summary>
    public decimal? ProRatedTarget { get; init; }

    /// <summary>Share of the change planned so far that was achieved (1.0 = exactly on plan); null when none was planned yet.</summary>
    public decimal? Ratio { get; init; }

    /// <summary>The value the deadline would see if the pace since the plan start held ("at this pace: 7,400 of 10,000").</summary>
    public decimal? Projected { get; init; }

    public ProgressBasis Basis { get; init; } = ProgressBasis.Latest;

    /// <summary>What was compared: the latest value, the total so far, or the month to date.</summary>
    public decimal? SoFar { get; init; }

    /// <summary>What the plan expected of <see cref="SoFar"/> by now.</summary>
    public decimal? ExpectedSoFar { get; init; }

    /// <summary>Reported weeks counted in <see cref="SoFar"/> (for totals and the month to date).</summary>
    public int WeeksCounted { get; init; }

    public required decimal Target { get; init; }

    public required DateOnly Deadline { get; init; }

    public bool TargetReached { get; init; }

    /// <summary>Weeks that ended since the plan start without a value.</summary>
    public IReadOnlyList<IsoWeek> MissingWeeks { get; init; } = [];
}
