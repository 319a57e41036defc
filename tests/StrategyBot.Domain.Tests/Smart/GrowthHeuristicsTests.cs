using StrategyBot.Domain.Planning;
using StrategyBot.Domain.Smart;

namespace StrategyBot.Domain.Tests.Smart;

public sealed class GrowthHeuristicsTests
{
    [Theory]
    [InlineData(2.0, 12.0, 5.9)]
    [InlineData(1.21, 2.0, 10.0)]
    [InlineData(0.81, 2.0, 10.0)]
    [InlineData(1.0, 3.0, 0.0)]
    public void MonthlyChangePercent_RatioAndMonths_ReturnsCompoundRate(double ratio, double months, double expected)
    {
        var rate = GrowthHeuristics.MonthlyChangePercent((decimal)ratio, months);

        Assert.Equal((decimal)expected, rate);
    }

    [Theory]
    [InlineData(0.0, 3.0)]
    [InlineData(2.0, 0.0)]
    [InlineData(-1.0, 3.0)]
    public void MonthlyChangePercent_NoTimeOrNonPositiveRatio_ReturnsNull(double ratio, double months)
    {
        Assert.Null(GrowthHeuristics.MonthlyChangePercent((decimal)ratio, months));
    }

    [Theory]
    [InlineData(ObjectiveMetric.Followers, 5000, 10)]
    [InlineData(ObjectiveMetric.Followers, 300, 25)]
    [InlineData(ObjectiveMetric.Reach, 12000, 20)]
    [InlineData(ObjectiveMetric.Sales, 40, 15)]
    [InlineData(ObjectiveMetric.EngagementRate, 2, 20)]
    [InlineData(ObjectiveMetric.Cpc, 1.2, 10)]
    public void MaxMonthlyChangePercent_Metric_ReturnsDocumentedCeiling(ObjectiveMetric metric, double baseline, double expected)
    {
        var max = GrowthHeuristics.MaxMonthlyChangePercent(metric, (decimal)baseline);

        Assert.Equal((decimal)expected, max);
    }

    [Fact]
    public void MaxMonthlyChangePercent_ResponseTime_HasNoCeiling()
    {
        Assert.Null(GrowthHeuristics.MaxMonthlyChangePercent(ObjectiveMetric.ResponseTime, 12m));
    }

    [Theory]
    [InlineData(2.0, 10.0, false, 8)]
    [InlineData(0.5, 10.0, true, 7)]
    public void MonthsNeeded_RatioAtCeiling_ReturnsWholeMonths(double ratio, double percent, bool lowerIsBetter, int expected)
    {
        var months = GrowthHeuristics.MonthsNeeded((decimal)ratio, (decimal)percent, lowerIsBetter);

        Assert.Equal(expected, months);
    }

    [Fact]
    public void Months_NinetyDays_IsAboutThreeMonths()
    {
        var months = GrowthHeuristics.Months(new DateOnly(2026, 1, 1), new DateOnly(2026, 4, 1));

        Assert.Equal(2.957, months, 3);
    }
}
