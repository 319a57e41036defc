namespace StrategyBot.Domain.Planning;

/// <summary>A KPI from the library chosen for an objective, with its target and deadline.</summary>
public sealed record KpiTarget
{
    public string ObjectiveId { get; init; } = "";

    /// <summary>An id from <c>StrategyBot.Domain.Kpis.KpiIds</c>.</summary>
    public string KpiId { get; init; } = "";

    /// <summary>The platform the KPI is counted on; null for business outcomes counted over all platforms (sales, leads, ROI).</summary>
    public Platform? Platform { get; init; }

    /// <summary>What <see cref="Target"/> means; null in plans written before cadences, which were read as levels.</summary>
    public TargetCadence? Cadence { get; init; }

    public decimal? Baseline { get; init; }

    public decimal Target { get; init; }

    public DateOnly Deadline { get; init; }
}
