namespace StrategyBot.Domain.Planning;

/// <summary>What can be wrong with a budget split.</summary>
public enum BudgetIssue
{
    NoLines,
    PercentOutOfRange,
    TotalNotHundred,
    NegativeAmount,
    DuplicateLine,
    CurrencyMissing,
}
