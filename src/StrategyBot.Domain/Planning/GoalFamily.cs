namespace StrategyBot.Domain.Planning;

/// <summary>The goal families an objective can serve (from the planning method).</summary>
public enum GoalFamily
{
    BrandAwareness,
    Sales,
    Roi,
    SalesAndServiceQuality,
    MarketLeadership,
}
