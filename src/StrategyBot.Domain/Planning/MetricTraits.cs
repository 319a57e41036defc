namespace StrategyBot.Domain.Planning;

/// <summary>What kind of number each objective metric is, and which goal family it serves by default.</summary>
public static class MetricTraits
{
    /// <summary>Rates whose values are already percentages (or ratios, for ROAS): a "5 %" target is a level, not growth.</summary>
    public static bool IsRate(ObjectiveMetric metric) => metric is ObjectiveMetric.EngagementRate or ObjectiveMetric.Ctr
        or ObjectiveMetric.ConversionRate or ObjectiveMetric.Roi or ObjectiveMetric.Roas or ObjectiveMetric.ShareOfVoice;

    public static bool IsLowerBetter(ObjectiveMetric metric) =>
        metric is ObjectiveMetric.Cpc or ObjectiveMetric.Cpa or ObjectiveMetric.Cpm or ObjectiveMetric.ResponseTime;

    /// <summary>Metrics measured in money, so a currency amount in the text can be their target.</summary>
    public static bool IsMoney(ObjectiveMetric metric) =>
        metric is ObjectiveMetric.Revenue or ObjectiveMetric.Cpc or ObjectiveMetric.Cpa or ObjectiveMetric.Cpm;

    /// <summary>
    /// Metrics each platform counts for itself (its insights show them), so a target for one names its platform.
    /// Business and service outcomes (sales, leads, conversions, revenue, ROI, ROAS, CPA, response time, share of
    /// voice) are counted over all platforms.
    /// </summary>
    public static bool IsCountedPerPlatform(ObjectiveMetric metric) => metric is ObjectiveMetric.Reach or ObjectiveMetric.Impressions
        or ObjectiveMetric.Followers or ObjectiveMetric.EngagementRate or ObjectiveMetric.Engagements or ObjectiveMetric.Clicks
        or ObjectiveMetric.Ctr or ObjectiveMetric.Cpc or ObjectiveMetric.Cpm or ObjectiveMetric.HashtagUses;

    public static GoalFamily DefaultFamily(ObjectiveMetric metric) => metric switch
    {
        ObjectiveMetric.Reach or ObjectiveMetric.Impressions or ObjectiveMetric.Followers
            or ObjectiveMetric.EngagementRate or ObjectiveMetric.Engagements or ObjectiveMetric.HashtagUses => GoalFamily.BrandAwareness,
        ObjectiveMetric.Roi or ObjectiveMetric.Roas or ObjectiveMetric.Cpc or ObjectiveMetric.Cpa or ObjectiveMetric.Cpm => GoalFamily.Roi,
        ObjectiveMetric.ResponseTime => GoalFamily.SalesAndServiceQuality,
        ObjectiveMetric.ShareOfVoice => GoalFamily.MarketLeadership,
        _ => GoalFamily.Sales,
    };
}
