using StrategyBot.Domain.Kpis;

namespace StrategyBot.Domain.Tests.Kpis;

public sealed class KpiDefinitionTests
{
    private static readonly WeeklyNumbers Week = new()
    {
        Reach = 12000m,
        Impressions = 30000m,
        Engagements = 900m,
        Clicks = 340m,
        Conversions = 17m,
        Spend = 150m,
        Revenue = 600m,
        BrandedHashtagUses = 42m,
        Followers = 5200m,
    };

    [Theory]
    [InlineData(KpiIds.Reach, 12000)]
    [InlineData(KpiIds.Impressions, 30000)]
    [InlineData(KpiIds.Clicks, 340)]
    [InlineData(KpiIds.Ctr, 1.1333)]
    [InlineData(KpiIds.EngagementRateByReach, 7.5)]
    [InlineData(KpiIds.EngagementRateByImpressions, 3)]
    [InlineData(KpiIds.EngagementRateByFollowers, 17.3077)]
    [InlineData(KpiIds.Conversions, 17)]
    [InlineData(KpiIds.ConversionRate, 5)]
    [InlineData(KpiIds.Cpc, 0.4412)]
    [InlineData(KpiIds.Cpm, 5)]
    [InlineData(KpiIds.Cpa, 8.8235)]
    [InlineData(KpiIds.Roas, 4)]
    [InlineData(KpiIds.Roi, 300)]
    [InlineData(KpiIds.HashtagUses, 42)]
    [InlineData(KpiIds.Followers, 5200)]
    [InlineData(KpiIds.Revenue, 600)]
    public void Compute_FullWeek_AppliesFormula(string id, double expected)
    {
        var value = KpiLibrary.Get(id).Compute(Week);

        Assert.Equal(KpiAvailability.Available, value.Availability);
        Assert.Equal((decimal)expected, value.Value);
    }

    [Theory]
    [InlineData(KpiIds.Ctr, WeeklyInput.Impressions)]
    [InlineData(KpiIds.EngagementRateByReach, WeeklyInput.Reach)]
    [InlineData(KpiIds.EngagementRateByFollowers, WeeklyInput.Followers)]
    [InlineData(KpiIds.ConversionRate, WeeklyInput.Clicks)]
    [InlineData(KpiIds.Cpc, WeeklyInput.Clicks)]
    [InlineData(KpiIds.Cpm, WeeklyInput.Impressions)]
    [InlineData(KpiIds.Cpa, WeeklyInput.Conversions)]
    [InlineData(KpiIds.Roas, WeeklyInput.Spend)]
    [InlineData(KpiIds.Roi, WeeklyInput.Spend)]
    public void Compute_ZeroDenominator_IsNotAvailableInsteadOfThrowing(string id, WeeklyInput denominator)
    {
        var numbers = Week.With(denominator, 0m);

        var value = KpiLibrary.Get(id).Compute(numbers);

        Assert.Equal(KpiAvailability.ZeroDenominator, value.Availability);
        Assert.Null(value.Value);
        Assert.False(value.IsAvailable);
    }

    [Fact]
    public void Compute_MissingInputs_ListsWhatIsMissing()
    {
        var numbers = new WeeklyNumbers { Clicks = 10m };

        var value = KpiLibrary.Get(KpiIds.Cpc).Compute(numbers);

        Assert.Equal(KpiAvailability.MissingInput, value.Availability);
        Assert.Equal([WeeklyInput.Spend], value.MissingInputs);
        Assert.Null(value.Value);
    }

    [Fact]
    public void Compute_ZeroNumerator_IsAZeroRate()
    {
        var numbers = new WeeklyNumbers { Clicks = 0m, Impressions = 1000m };

        var value = KpiLibrary.Get(KpiIds.Ctr).Compute(numbers);

        Assert.Equal(0m, value.Value);
        Assert.True(value.IsAvailable);
    }

    [Fact]
    public void Compute_RevenueBelowSpend_GivesNegativeRoi()
    {
        var numbers = new WeeklyNumbers { Revenue = 50m, Spend = 200m };

        var value = KpiLibrary.Get(KpiIds.Roi).Compute(numbers);

        Assert.Equal(-75m, value.Value);
    }
}
