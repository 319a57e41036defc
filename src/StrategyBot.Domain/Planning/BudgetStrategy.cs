namespace StrategyBot.Domain.Planning;

/// <summary>Which strategy a budget line pays for.</summary>
public enum BudgetStrategy
{
    Organic,
    Paid,
}
