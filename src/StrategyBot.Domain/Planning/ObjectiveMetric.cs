namespace StrategyBot.Domain.Planning;

/// <summary>The outcome an objective measures.</summary>
public enum ObjectiveMetric
{
    Reach,
    Impressions,
    Followers,
    EngagementRate,

    /// <summary>A count of engagements: replies, comments, shares, saves, likes.</summary>
    Engagements,
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
