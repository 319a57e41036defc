using StrategyBot.Domain.Planning;

namespace StrategyBot.Domain.Smart;

/// <summary>One failed criterion, or one coaching question (see <see cref="SmartFindingCode"/>): a code plus the values a localised message and its proposed fix need.</summary>
public sealed record SmartFinding
{
    public SmartCriterion Criterion { get; init; }

    public SmartFindingCode Code { get; init; }

    public ObjectiveMetric? Metric { get; init; }

    public Platform? Platform { get; init; }

    public decimal? Baseline { get; init; }

    public DateOnly? Deadline { get; init; }

    public decimal? ImpliedMonthlyGrowthPercent { get; init; }

    /// <summary>The ceiling that was exceeded: monthly growth in percent, or the rate cap for RateUnrealistic.</summary>
    public decimal? Limit { get; init; }

    public decimal? SuggestedTarget { get; init; }

    public DateOnly? SuggestedDeadline { get; init; }

    public GoalFamily? SuggestedFamily { get; init; }

    public IReadOnlyList<Platform> SuggestedPlatforms { get; init; } = [];
}
