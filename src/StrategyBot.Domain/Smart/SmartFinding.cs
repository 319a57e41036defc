using StrategyBot.Domain.Planning;

namespace StrategyBot.Domain.Smart;

/// <summary>One failed criterion, or one coaching question (see <see cref="SmartFindingCode"/>): a code plus the values a localised message and its proposed fix need.</summary>
public sealed class SmartFinding
{
    public SmartCriterion Criterion { get; set; }

    public SmartFindingCode Code { get; set; }

    public ObjectiveMetric? Metric { get; set; }

    public Platform? Platform { get; set; }

    public decimal? Baseline { get; set; }

    public DateOnly? Deadline { get; set; }

    public decimal? ImpliedMonthlyGrowthPercent { get; set; }

    /// <summary>The ceiling that was exceeded: monthly growth in percent, or the rate cap for RateUnrealistic.</summary>
    public decimal? Limit { get; set; }

    public decimal? SuggestedTarget { get; set; }

    public DateOnly? SuggestedDeadline { get; set; }

    public GoalFamily? SuggestedFamily { get; set; }

    public List<Platform> SuggestedPlatforms { get; set; } = [];
}
