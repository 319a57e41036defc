using StrategyBot.Domain.Kpis;
using StrategyBot.Domain.Planning;

namespace StrategyBot.App.CheckIns;

/// <summary>One target KPI's standing in the reported week, with its series over the chart's weeks.</summary>
internal sealed class KpiProgress
{
    public required KpiDefinition Kpi { get; init; }

    public required KpiTarget Target { get; init; }

    /// <summary>This week's value, or null when it could not be computed.</summary>
    public decimal? Actual { get; init; }

    /// <summary>Where the plan expects the KPI to be by the end of this week (linear from start to deadline).</summary>
    public decimal? Expected { get; init; }

    public required KpiStatus Status { get; init; }

    /// <summary>The value the current trend reaches by the deadline.</summary>
    public decimal? Projected { get; init; }

    /// <summary>One value per chart week (null for missing, skipped or not computable weeks).</summary>
    public required IReadOnlyList<decimal?> Series { get; init; }

    /// <summary>The pro-rated target per chart week.</summary>
    public required IReadOnlyList<decimal?> TargetSeries { get; init; }
}
