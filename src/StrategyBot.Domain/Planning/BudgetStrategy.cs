namespace StrategyBot.Domain.Planning;

/// <summary>Which strategy a budget line pays for.</summary>
public enum BudgetStrategy
{
    Organic,
    Paid,

    /// <summary>Paid collaborations with influencers: ad money, but not the platform's own ads.</summary>
    Influencers,
}
