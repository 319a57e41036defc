using StrategyBot.Domain.Planning;

namespace StrategyBot.Domain.Smart;

/// <summary>
/// Ceilings for the growth an objective may imply before the Attainable check flags it. These are the team's
/// rules of thumb for organic-plus-modest-paid social work, set generously on purpose: the check should only
/// flag objectives a coach would call clearly unrealistic, not merely ambitious. Growth is compounded monthly:
/// (target ÷ baseline)^(1 ÷ months) − 1, with months = days ÷ 30.4375.
/// </summary>
public static class GrowthHeuristics
{
    public const decimal FollowersMonthlyPercent = 10m;

    /// <summary>Accounts below <see cref="SmallAccountFollowers"/> grow faster in relative terms.</summary>
    public const decimal SmallAccountFollowersMonthlyPercent = 25m;

    public const decimal SmallAccountFollowers = 1_000m;

    /// <summary>Reach and impressions: paid boosts can move them quickly.</summary>
    public const decimal ReachMonthlyPercent = 20m;

    /// <summary>Clicks, conversions, leads, sales and revenue.</summary>
    public const decimal ResultsMonthlyPercent = 15m;

    /// <summary>A branded-hashtag campaign usually starts from a small base.</summary>
    public const decimal HashtagUsesMonthlyPercent = 25m;

    /// <summary>Relative improvement of a rate (engagement rate, CTR, conversion rate, ROI, ROAS).</summary>
    public const decimal RateMonthlyPercent = 20m;

    public const decimal ShareOfVoiceMonthlyPercent = 10m;

    /// <summary>Monthly reduction of CPC, CPA or CPM.</summary>
    public const decimal CostReductionMonthlyPercent = 10m;

    public const decimal EngagementRateCapPercent = 15m;
    public const decimal CtrCapPercent = 5m;
    public const decimal ConversionRateCapPercent = 10m;
    public const decimal RoasCap = 10m;
    public const decimal RoiCapPercent = 500m;
    public const decimal ShareOfVoiceCapPercent = 60m;

    public const double DaysPerMonth = 30.4375;

    /// <summary>The monthly change ceiling in percent, or null where the metric has none (response time).</summary>
    public static decimal? MaxMonthlyChangePercent(ObjectiveMetric metric, decimal? baseline) => metric switch
    {
        ObjectiveMetric.Followers => baseline < SmallAccountFollowers ? SmallAccountFollowersMonthlyPercent : FollowersMonthlyPercent,
        ObjectiveMetric.Reach or ObjectiveMetric.Impressions => ReachMonthlyPercent,
        ObjectiveMetric.HashtagUses => HashtagUsesMonthlyPercent,
        ObjectiveMetric.ShareOfVoice => ShareOfVoiceMonthlyPercent,
        ObjectiveMetric.Cpc or ObjectiveMetric.Cpa or ObjectiveMetric.Cpm => CostReductionMonthlyPercent,
        ObjectiveMetric.ResponseTime => null,
        _ when MetricTraits.IsRate(metric) => RateMonthlyPercent,
        _ => ResultsMonthlyPercent,
    };

    /// <summary>The highest level a rate metric can plausibly reach on social channels, or null for non-rates.</summary>
    public static decimal? RateCap(ObjectiveMetric metric) => metric switch
    {
        ObjectiveMetric.EngagementRate => EngagementRateCapPercent,
        ObjectiveMetric.Ctr => CtrCapPercent,
        ObjectiveMetric.ConversionRate => ConversionRateCapPercent,
        ObjectiveMetric.Roas => RoasCap,
        ObjectiveMetric.Roi => RoiCapPercent,
        ObjectiveMetric.ShareOfVoice => ShareOfVoiceCapPercent,
        _ => null,
    };

    public static double Months(DateOnly from, DateOnly to) => (to.DayNumber - from.DayNumber) / DaysPerMonth;

    /// <summary>
    /// Compound monthly change needed to turn <paramref name="ratio"/> (target ÷ baseline) into reality in
    /// <paramref name="months"/>, in percent: growth when ratio > 1, reduction (as a positive number) when below.
    /// </summary>
    public static decimal? MonthlyChangePercent(decimal ratio, double months)
    {
        if (ratio <= 0m || months <= 0)
        {
            return null;
        }

        var perMonth = Math.Pow((double)ratio, 1 / months);
        return Math.Round((decimal)Math.Abs(perMonth - 1) * 100m, 1);
    }

    /// <summary>The ratio (target ÷ baseline) reachable in <paramref name="months"/> at a monthly change of <paramref name="percent"/>.</summary>
    public static decimal ReachableRatio(decimal percent, double months, bool lowerIsBetter)
    {
        var step = 1 + ((double)percent / 100 * (lowerIsBetter ? -1 : 1));
        return (decimal)Math.Pow(step, months);
    }

    /// <summary>Whole months needed to achieve <paramref name="ratio"/> at a monthly change of <paramref name="percent"/>.</summary>
    public static int MonthsNeeded(decimal ratio, decimal percent, bool lowerIsBetter)
    {
        var step = 1 + ((double)percent / 100 * (lowerIsBetter ? -1 : 1));
        return (int)Math.Ceiling(Math.Log((double)ratio) / Math.Log(step));
    }
}
