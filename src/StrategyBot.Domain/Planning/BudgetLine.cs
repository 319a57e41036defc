namespace StrategyBot.Domain.Planning;

/// <summary>One line of the budget split: a platform and strategy with its share.</summary>
public sealed class BudgetLine
{
    public Platform Platform { get; set; }

    public BudgetStrategy Strategy { get; set; }

    public decimal Percent { get; set; }

    /// <summary>Amount in the split's currency, when the user gave one.</summary>
    public decimal? Amount { get; set; }
}
