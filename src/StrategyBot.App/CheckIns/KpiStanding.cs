using StrategyBot.Domain.CheckIns;
using StrategyBot.Domain.Kpis;
using StrategyBot.Domain.Planning;

namespace StrategyBot.App.CheckIns;

/// <summary>One target KPI of the plan on one platform: the domain's progress report plus the chart's weekly series.</summary>
internal sealed class KpiStanding
{
    public required KpiDefinition Kpi { get; init; }

    public required KpiTarget Target { get; init; }

    public required KpiProgressReport Report { get; init; }

    public KpiStatus Status => Report.Status;

    /// <summary>The platform the target is counted on; null over all platforms.</summary>
    public Platform? Platform => Target.Platform;

    /// <summary>The chart's weeks: from the plan's first week (or eight weeks back, whichever is later) to this one.</summary>
    public required IReadOnlyList<IsoWeek> Weeks { get; init; }

    /// <summary>One value per chart week (null for missing, skipped or not computable weeks).</summary>
    public required IReadOnlyList<decimal?> Series { get; init; }

    /// <summary>The pro-rated target per chart week.</summary>
    public required IReadOnlyList<decimal?> TargetSeries { get; init; }
}
