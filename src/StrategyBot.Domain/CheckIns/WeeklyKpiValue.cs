namespace StrategyBot.Domain.CheckIns;

/// <summary>A KPI's value for one ISO week; null when the week was skipped or the KPI was not available.</summary>
public readonly record struct WeeklyKpiValue(IsoWeek Week, decimal? Value);
