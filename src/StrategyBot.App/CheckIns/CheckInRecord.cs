using StrategyBot.Domain.CheckIns;
using StrategyBot.Domain.Kpis;

namespace StrategyBot.App.CheckIns;

/// <summary>One week's check-in of one plan: the numbers reported, or that the week was skipped and why.</summary>
internal sealed class CheckInRecord
{
    public required string PlanId { get; init; }

    public required IsoWeek Week { get; init; }

    public WeeklyNumbers Numbers { get; init; } = new();

    public bool Skipped { get; init; }

    public string? SkipReason { get; init; }

    public DateTimeOffset SubmittedAt { get; init; }
}
