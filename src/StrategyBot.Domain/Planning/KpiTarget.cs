namespace StrategyBot.Domain.Planning;

/// <summary>A KPI from the library chosen for an objective, with its target and deadline.</summary>
public sealed class KpiTarget
{
    public string ObjectiveId { get; set; } = "";

    /// <summary>An id from <c>StrategyBot.Domain.Kpis.KpiIds</c>.</summary>
    public string KpiId { get; set; } = "";

    /// <summary>The platform the KPI is counted on; null for business outcomes counted over all platforms (sales, leads, ROI).</summary>
    public Platform? Platform { get; set; }

    /// <summary>What <see cref="Target"/> means; null in plans written before cadences, which were read as levels.</summary>
    public TargetCadence? Cadence { get; set; }

    public decimal? Baseline { get; set; }

    public decimal Target { get; set; }

    public DateOnly Deadline { get; set; }
}
