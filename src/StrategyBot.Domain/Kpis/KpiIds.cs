namespace StrategyBot.Domain.Kpis;

/// <summary>Stable KPI ids; they are stored in plans, so never rename one.</summary>
public static class KpiIds
{
    public const string Reach = "reach";
    public const string Impressions = "impressions";
    public const string Clicks = "clicks";
    public const string Ctr = "ctr";
    public const string EngagementRateByReach = "engagement-rate-reach";
    public const string EngagementRateByImpressions = "engagement-rate-impressions";
    public const string EngagementRateByFollowers = "engagement-rate-followers";
    public const string Conversions = "conversions";
    public const string ConversionRate = "conversion-rate";
    public const string Cpc = "cpc";
    public const string Cpm = "cpm";
    public const string Cpa = "cpa";
    public const string Roas = "roas";
    public const string Roi = "roi";
    public const string HashtagUses = "hashtag-uses";
    public const string Followers = "followers";
    public const string Revenue = "revenue";
    public const string ResponseTime = "response-time";
    public const string ShareOfVoice = "share-of-voice";
}
