namespace StrategyBot.Domain.Kpis;

/// <summary>One KPI computed from one week's numbers; <see cref="Value"/> is null when not available.</summary>
public sealed class KpiValue
{
    public required string KpiId { get; init; }

    public decimal? Value { get; init; }

    public required KpiAvailability Availability { get; init; }

    public IReadOnlyList<WeeklyInput> MissingInputs { get; init; } = [];

    public bool IsAvailable => Availability == KpiAvailability.Available;
}
