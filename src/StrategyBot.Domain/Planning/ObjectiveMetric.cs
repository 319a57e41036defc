namespace StrategyBot.Domain.Planning;

/// <summary>The outcome an objective measures.</summary>
public enum ObjectiveMetric
{
    Reach,
    Impressions,
    Followers,
    EngagementRate,
    Clicks,
    Ctr,
    Conversions,
    ConversionRate,
    Leads,
    Sales,
    Revenue,
    Roi,
    Roas,
    Cpc,
    Cpa,
    Cpm,
    HashtagUses,
    ResponseTime,
    ShareOfVoice,
}
