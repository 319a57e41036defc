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

    /// <summary>Comments and direct messages that got a first answer this week.</summary>
    MessagesAnswered,

    /// <summary>The hours those first answers took, added up (the inbox's "average response time" × messages answered).</summary>
    ResponseHours,

    /// <summary>Mentions of the brand found by social listening this week.</summary>
    BrandMentions,

    /// <summary>Mentions of the competitors named in Situation, added up.</summary>
    CompetitorMentions,
}
