using StrategyBot.Domain.Planning;

namespace StrategyBot.Domain.Tests.Planning;

public sealed class MetricTraitsTests
{
    [Theory]
    [InlineData(ObjectiveMetric.EngagementRate, true, false, false, GoalFamily.BrandAwareness)]
    [InlineData(ObjectiveMetric.Followers, false, false, false, GoalFamily.BrandAwareness)]
    [InlineData(ObjectiveMetric.Leads, false, false, false, GoalFamily.Sales)]
    [InlineData(ObjectiveMetric.Revenue, false, false, true, GoalFamily.Sales)]
    [InlineData(ObjectiveMetric.Roas, true, false, false, GoalFamily.Roi)]
    [InlineData(ObjectiveMetric.Cpc, false, true, true, GoalFamily.Roi)]
    [InlineData(ObjectiveMetric.ResponseTime, false, true, false, GoalFamily.SalesAndServiceQuality)]
    [InlineData(ObjectiveMetric.ShareOfVoice, true, false, false, GoalFamily.MarketLeadership)]
    public void Traits_Metric_DescribeKindAndDefaultFamily(ObjectiveMetric metric, bool rate, bool lowerIsBetter, bool money, GoalFamily family)
    {
        Assert.Equal(rate, MetricTraits.IsRate(metric));
        Assert.Equal(lowerIsBetter, MetricTraits.IsLowerBetter(metric));
        Assert.Equal(money, MetricTraits.IsMoney(metric));
        Assert.Equal(family, MetricTraits.DefaultFamily(metric));
    }
}
