namespace StrategyBot.Domain.Planning;

/// <summary>The ad budget split per platform and strategy; percentages must total 100.</summary>
public sealed record BudgetSplit
{
    /// <summary>ISO 4217 code, or "IRT" for toman, which has none.</summary>
    public string? CurrencyCode { get; init; }

    public IReadOnlyList<BudgetLine> Lines { get; init; } = [];

    public decimal TotalPercent() => Lines.Sum(l => l.Percent);

    public BudgetValidation Validate()
    {
        var issues = new List<BudgetIssue>();
        var invalid = new List<int>();
        if (Lines.Count == 0)
        {
            issues.Add(BudgetIssue.NoLines);
        }

        for (var i = 0; i < Lines.Count; i++)
        {
            var line = Lines[i];
            if (line.Percent is < 0m or > 100m)
            {
                AddOnce(issues, BudgetIssue.PercentOutOfRange);
                invalid.Add(i);
            }

            if (line.Amount is < 0m)
            {
                AddOnce(issues, BudgetIssue.NegativeAmount);
                if (!invalid.Contains(i))
                {
                    invalid.Add(i);
                }
            }
        }

        var total = TotalPercent();
        if (Lines.Count > 0 && Math.Abs(total - 100m) > PlanRules.PercentTolerance)
        {
            issues.Add(BudgetIssue.TotalNotHundred);
        }

        if (Lines.GroupBy(l => (l.Platform, l.Strategy)).Any(g => g.Count() > 1))
        {
            issues.Add(BudgetIssue.DuplicateLine);
        }

        if (Lines.Any(l => l.Amount is not null) && string.IsNullOrWhiteSpace(CurrencyCode))
        {
            issues.Add(BudgetIssue.CurrencyMissing);
        }

        return new BudgetValidation { TotalPercent = total, Issues = issues, InvalidLines = invalid };
    }

    private static void AddOnce(List<BudgetIssue> issues, BudgetIssue issue)
    {
        if (!issues.Contains(issue))
        {
            issues.Add(issue);
        }
    }
}
