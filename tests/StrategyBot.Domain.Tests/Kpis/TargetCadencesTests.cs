using StrategyBot.Domain.Kpis;
using StrategyBot.Domain.Planning;
using StrategyBot.Domain.Smart;

namespace StrategyBot.Domain.Tests.Kpis;

public sealed class TargetCadencesTests
{
    [Theory]
    [InlineData(KpiIds.Followers, TargetCadence.Level)]
    [InlineData(KpiIds.Reach, TargetCadence.PerWeek)]
    [InlineData(KpiIds.Ctr, TargetCadence.Ratio)]
    [InlineData(KpiIds.Cpc, TargetCadence.Ratio)]
    [InlineData(KpiIds.Roas, TargetCadence.Ratio)]
    [InlineData(KpiIds.Conversions, TargetCadence.Total)]
    [InlineData(KpiIds.Revenue, TargetCadence.Total)]
    public void Natural_Kpi_HasTheCadenceItIsCountedIn(string kpiId, TargetCadence expected)
    {
        Assert.Equal(expected, TargetCadences.Natural(KpiLibrary.Get(kpiId)));
    }

    [Theory]
    [InlineData(KpiIds.Conversions, TargetCadence.PerMonth, TargetCadence.PerMonth)]
    [InlineData(KpiIds.Reach, TargetCadence.PerMonth, TargetCadence.PerMonth)]
    [InlineData(KpiIds.Conversions, null, TargetCadence.Total)]
    [InlineData(KpiIds.Followers, TargetCadence.PerMonth, TargetCadence.Level)]
    [InlineData(KpiIds.Ctr, TargetCadence.PerWeek, TargetCadence.Ratio)]
    public void For_ANamedRate_CountsOnlyWhereARateMakesSense(string kpiId, TargetCadence? named, TargetCadence expected)
    {
        Assert.Equal(expected, TargetCadences.For(KpiLibrary.Get(kpiId), named));
    }

    [Theory]
    [InlineData("150 a month", TargetCadence.PerMonth)]
    [InlineData("۳۰۰ در ماه", TargetCadence.PerMonth)]
    [InlineData("10k every week", TargetCadence.PerWeek)]
    [InlineData("300", null)]
    [InlineData("300 leads with 3 posts a week", null)]
    public void RateNamedIn_TargetAnswer_FindsTheRateOfTheNumberOnly(string text, TargetCadence? expected)
    {
        Assert.Equal(expected, SmartCheck.RateNamedIn(text));
    }
}
