using StrategyBot.Domain.Planning;

namespace StrategyBot.Domain.Tests.Planning;

public sealed class BudgetPlausibilityTests
{
    [Theory]
    [InlineData(90, "IRT", 90_000_000)]
    [InlineData(1.5, "IRT", 1_500_000)]
    [InlineData(5_000, "IRT", 5_000_000)]
    [InlineData(300, "IRR", 300_000_000)]
    [InlineData(5, "USD", 5_000)]
    [InlineData(2, "EUR", 2_000)]
    [InlineData(3, null, 3_000)]
    public void Suggest_TotalThatLostItsMagnitude_GivesTheAmountMeant(decimal total, string? currency, decimal meant)
    {
        Assert.Equal(meant, BudgetPlausibility.Suggest(total, currency));
    }

    [Theory]
    [InlineData(90_000_000, "IRT")]
    [InlineData(100_000, "IRT")]
    [InlineData(2_000_000, "IRR")]
    [InlineData(50, "USD")]
    [InlineData(10, "GBP")]
    [InlineData(0, "IRT")]
    public void Suggest_BelievableTotal_Nothing(decimal total, string currency)
    {
        Assert.Null(BudgetPlausibility.Suggest(total, currency));
    }
}
