namespace StrategyBot.Domain.Planning;

/// <summary>The outcome of <see cref="BudgetSplit.Validate"/>.</summary>
public sealed class BudgetValidation
{
    public required decimal TotalPercent { get; init; }

    public required IReadOnlyList<BudgetIssue> Issues { get; init; }

    /// <summary>Indexes of the lines with a percent outside 0..100 or a negative amount.</summary>
    public required IReadOnlyList<int> InvalidLines { get; init; }

    public bool IsValid => Issues.Count == 0;
}
