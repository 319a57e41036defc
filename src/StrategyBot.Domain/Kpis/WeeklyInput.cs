namespace StrategyBot.Domain.Kpis;

/// <summary>The raw numbers a weekly check-in asks for, in the order the card shows them.</summary>
public enum WeeklyInput
{
    Reach,
    Impressions,
    Engagements,
    Clicks,
    Conversions,
    Spend,
    Revenue,
    BrandedHashtagUses,
    Followers,
}
