namespace StrategyBot.Domain.Planning;

/// <summary>One line of the budget split: a platform and strategy with its share.</summary>
public sealed record BudgetLine
{
    public Platform Platform { get; init; }

    public BudgetStrategy Strategy { get; init; }

    public decimal Percent { get; init; }

    /// <summary>Amount in the split's currency, when the user gave one.</summary>
    public decimal? Amount { get; init; }
}
