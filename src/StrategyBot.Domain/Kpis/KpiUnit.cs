namespace StrategyBot.Domain.Kpis;

public enum KpiUnit
{
    Count,
    Percent,
    Currency,

    /// <summary>A plain multiple, such as ROAS 4.2 (revenue per unit of spend).</summary>
    Ratio,

    /// <summary>A duration in hours, such as the average first-response time.</summary>
    Hours,
}
