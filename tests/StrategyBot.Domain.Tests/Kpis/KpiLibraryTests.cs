using StrategyBot.Domain.Kpis;
using StrategyBot.Domain.Planning;

namespace StrategyBot.Domain.Tests.Kpis;

public sealed class KpiLibraryTests
{
    [Fact]
    public void All_EveryIssueKpi_IsInTheLibraryWithUniqueIds()
    {
        string[] required =
        [
            KpiIds.Reach, KpiIds.Impressions, KpiIds.Clicks, KpiIds.Ctr, KpiIds.EngagementRateByReach, KpiIds.EngagementRateByImpressions,
            KpiIds.EngagementRateByFollowers, KpiIds.Conversions, KpiIds.ConversionRate, KpiIds.Cpc, KpiIds.Cpm, KpiIds.Cpa,
            KpiIds.Roas, KpiIds.Roi, KpiIds.HashtagUses,
        ];

        var ids = KpiLibrary.All.Select(k => k.Id).ToList();

        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.All(required, id => Assert.Contains(id, ids));
    }

    [Theory]
    [InlineData(KpiIds.Ctr, "clicks ÷ impressions × 100", "clicks", "impressions", KpiUnit.Percent, KpiDirection.HigherIsBetter)]
    [InlineData(KpiIds.Cpm, "spend ÷ impressions × 1000", "spend", "impressions", KpiUnit.Currency, KpiDirection.LowerIsBetter)]
    [InlineData(KpiIds.Roi, "(revenue − spend) ÷ spend × 100", "revenue − spend", "spend", KpiUnit.Percent, KpiDirection.HigherIsBetter)]
    [InlineData(KpiIds.Roas, "revenue ÷ spend", "revenue", "spend", KpiUnit.Ratio, KpiDirection.HigherIsBetter)]
    [InlineData(KpiIds.Cpa, "spend ÷ conversions", "spend", "conversions", KpiUnit.Currency, KpiDirection.LowerIsBetter)]
    [InlineData(KpiIds.Reach, "reach", "reach", null, KpiUnit.Count, KpiDirection.HigherIsBetter)]
    public void Get_KnownId_DescribesFormulaAndDenominator(string id, string formula, string numerator, string? denominator, KpiUnit unit, KpiDirection direction)
    {
        var kpi = KpiLibrary.Get(id);

        Assert.Equal(formula, kpi.Formula);
        Assert.Equal(numerator, kpi.Numerator);
        Assert.Equal(denominator, kpi.Denominator);
        Assert.Equal(unit, kpi.Unit);
        Assert.Equal(direction, kpi.Direction);
    }

    [Fact]
    public void TryGet_UnknownId_ReturnsFalse()
    {
        Assert.False(KpiLibrary.TryGet("likes-per-hour", out _));
        Assert.Throws<KeyNotFoundException>(() => KpiLibrary.Get("likes-per-hour"));
    }

    [Fact]
    public void RequiredInputs_SeveralKpis_ReturnsDistinctInputsInCardOrder()
    {
        var inputs = KpiLibrary.RequiredInputs([KpiIds.Cpc, KpiIds.Ctr, KpiIds.EngagementRateByReach, KpiIds.Roas]);

        Assert.Equal([WeeklyInput.Reach, WeeklyInput.Impressions, WeeklyInput.Engagements, WeeklyInput.Clicks, WeeklyInput.Spend, WeeklyInput.Revenue], inputs);
    }

    [Theory]
    [InlineData(ObjectiveMetric.Reach, KpiIds.Reach)]
    [InlineData(ObjectiveMetric.Followers, KpiIds.Followers)]
    [InlineData(ObjectiveMetric.EngagementRate, KpiIds.EngagementRateByReach)]
    [InlineData(ObjectiveMetric.Leads, KpiIds.Conversions)]
    [InlineData(ObjectiveMetric.Cpc, KpiIds.Cpc)]
    [InlineData(ObjectiveMetric.HashtagUses, KpiIds.HashtagUses)]
    public void ForMetric_ObjectiveMetric_PreselectsMatchingKpi(ObjectiveMetric metric, string expected)
    {
        Assert.Equal(expected, KpiLibrary.ForMetric(metric));
    }

    [Fact]
    public void ForMetric_EveryMetricWithAKpi_PointsAtALibraryEntry()
    {
        var ids = Enum.GetValues<ObjectiveMetric>().Select(KpiLibrary.ForMetric).OfType<string>();

        Assert.All(ids, id => Assert.True(KpiLibrary.TryGet(id, out _)));
    }

    [Fact]
    public void ComputeAll_EmptyWeek_EveryKpiNotAvailable()
    {
        var values = KpiLibrary.ComputeAll(new WeeklyNumbers());

        Assert.Equal(KpiLibrary.All.Count, values.Count);
        Assert.All(values, v => Assert.Equal(KpiAvailability.MissingInput, v.Availability));
    }

    [Fact]
    public void ResponseTime_HoursOverMessagesAnswered_IsTheAverageHoursLowerIsBetter()
    {
        var kpi = KpiLibrary.Get(KpiLibrary.ForMetric(StrategyBot.Domain.Planning.ObjectiveMetric.ResponseTime)!);

        var value = kpi.Compute(new WeeklyNumbers { MessagesAnswered = 40, ResponseHours = 100 });

        Assert.Equal(KpiIds.ResponseTime, kpi.Id);
        Assert.Equal(2.5m, value.Value);
        Assert.Equal(KpiUnit.Hours, kpi.Unit);
        Assert.Equal(KpiDirection.LowerIsBetter, kpi.Direction);
    }

    [Fact]
    public void ShareOfVoice_BrandOverBrandPlusCompetitors_IsAPercentage()
    {
        var kpi = KpiLibrary.Get(KpiLibrary.ForMetric(StrategyBot.Domain.Planning.ObjectiveMetric.ShareOfVoice)!);

        Assert.Equal(30m, kpi.Compute(new WeeklyNumbers { BrandMentions = 30, CompetitorMentions = 70 }).Value);
        Assert.Equal(100m, kpi.Compute(new WeeklyNumbers { BrandMentions = 5, CompetitorMentions = 0 }).Value);
        Assert.Equal(KpiAvailability.ZeroDenominator, kpi.Compute(new WeeklyNumbers { BrandMentions = 0, CompetitorMentions = 0 }).Availability);
        Assert.Equal(KpiUnit.Percent, kpi.Unit);
        Assert.Equal([WeeklyInput.BrandMentions, WeeklyInput.CompetitorMentions], kpi.Inputs);
    }
}
