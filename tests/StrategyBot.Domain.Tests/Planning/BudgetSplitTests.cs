using StrategyBot.Domain.Planning;

namespace StrategyBot.Domain.Tests.Planning;

public sealed class BudgetSplitTests
{
    [Theory]
    [InlineData(60, 40)]
    [InlineData(33.33, 66.67)]
    [InlineData(33.333, 66.672)]
    [InlineData(100, 0)]
    public void Validate_TotalWithinTolerance_IsValid(double first, double second)
    {
        var split = Split((Platform.Instagram, BudgetStrategy.Paid, (decimal)first), (Platform.LinkedIn, BudgetStrategy.Organic, (decimal)second));

        var result = split.Validate();

        Assert.True(result.IsValid);
        Assert.Empty(result.Issues);
    }

    [Theory]
    [InlineData(60, 39.98)]
    [InlineData(60, 41)]
    [InlineData(50, 49)]
    public void Validate_TotalOffByMoreThanTolerance_ReportsTotal(double first, double second)
    {
        var split = Split((Platform.Instagram, BudgetStrategy.Paid, (decimal)first), (Platform.LinkedIn, BudgetStrategy.Paid, (decimal)second));

        var result = split.Validate();

        Assert.False(result.IsValid);
        Assert.Equal([BudgetIssue.TotalNotHundred], result.Issues);
        Assert.Equal((decimal)first + (decimal)second, result.TotalPercent);
    }

    [Fact]
    public void Validate_LineOutsideZeroToHundred_ReportsRangeAndLine()
    {
        var split = Split((Platform.Instagram, BudgetStrategy.Paid, 120m), (Platform.TikTok, BudgetStrategy.Paid, -20m));

        var result = split.Validate();

        Assert.Contains(BudgetIssue.PercentOutOfRange, result.Issues);
        Assert.DoesNotContain(BudgetIssue.TotalNotHundred, result.Issues);
        Assert.Equal([0, 1], result.InvalidLines);
    }

    [Fact]
    public void Validate_NoLines_ReportsNoLinesOnly()
    {
        var result = new BudgetSplit().Validate();

        Assert.Equal([BudgetIssue.NoLines], result.Issues);
    }

    [Fact]
    public void Validate_AmountsWithoutCurrency_ReportsCurrencyMissing()
    {
        var split = Split((Platform.Instagram, BudgetStrategy.Paid, 100m));
        split = split with { Lines = split.Lines.PutAt(0, split.Lines[0] with { Amount = 500m }) };

        var result = split.Validate();

        Assert.Equal([BudgetIssue.CurrencyMissing], result.Issues);
    }

    [Fact]
    public void Validate_SamePlatformAndStrategyTwice_ReportsDuplicate()
    {
        var split = Split((Platform.Instagram, BudgetStrategy.Paid, 50m), (Platform.Instagram, BudgetStrategy.Paid, 50m));

        var result = split.Validate();

        Assert.Equal([BudgetIssue.DuplicateLine], result.Issues);
    }

    [Fact]
    public void Validate_NegativeAmount_ReportsAmountAndLine()
    {
        var split = Split((Platform.Instagram, BudgetStrategy.Paid, 70m), (Platform.Instagram, BudgetStrategy.Organic, 30m));
        split = split with { CurrencyCode = "EUR", Lines = split.Lines.PutAt(1, split.Lines[1] with { Amount = -5m }) };

        var result = split.Validate();

        Assert.Equal([BudgetIssue.NegativeAmount], result.Issues);
        Assert.Equal([1], result.InvalidLines);
    }

    private static BudgetSplit Split(params (Platform Platform, BudgetStrategy Strategy, decimal Percent)[] lines) => new()
    {
        Lines = lines.Select(l => new BudgetLine { Platform = l.Platform, Strategy = l.Strategy, Percent = l.Percent }).ToList(),
    };
}
