namespace StrategyBot.Domain.Planning;

/// <summary>A KPI from the library chosen for an objective, with its target and deadline.</summary>
public sealed class KpiTarget
{
    public string ObjectiveId { get; set; } = "";

    /// <summary>An id from <c>StrategyBot.Domain.Kpis.KpiIds</c>.</summary>
    public string KpiId { get; set; } = "";

    public decimal? Baseline { get; set; }

    public decimal Target { get; set; }

    public DateOnly Deadline { get; set; }
}
