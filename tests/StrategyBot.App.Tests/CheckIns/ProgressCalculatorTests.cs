using StrategyBot.App.CheckIns;
using StrategyBot.Domain.Kpis;
using StrategyBot.Domain.Planning;

namespace StrategyBot.App.Tests.CheckIns;

public sealed class ProgressCalculatorTests
{
    private static readonly CheckInWeek Week14 = new(2027, 14);

    [Fact]
    public void Expected_HalfwayToTheDeadline_IsHalfwayBetweenBaselineAndTarget()
    {
        var target = new KpiTarget { KpiId = KpiIds.Reach, Baseline = 1_000, Target = 2_000, Deadline = new DateOnly(2027, 3, 13) };

        var expected = ProgressCalculator.Expected(1_000, target, new DateOnly(2027, 3, 1), new CheckInWeek(2027, 9));

        Assert.Equal(1_500m, expected);
    }

    [Theory]
    [InlineData(KpiDirection.HigherIsBetter, 1_000, 2_000, 1_950, "OnTrack")]
    [InlineData(KpiDirection.HigherIsBetter, 1_000, 2_000, 1_900, "OnTrack")]
    [InlineData(KpiDirection.HigherIsBetter, 1_000, 2_000, 1_899, "AtRisk")]
    [InlineData(KpiDirection.HigherIsBetter, 1_000, 2_000, 1_700, "AtRisk")]
    [InlineData(KpiDirection.HigherIsBetter, 1_000, 2_000, 1_699, "OffTrack")]
    [InlineData(KpiDirection.HigherIsBetter, 1_000, 2_000, 800, "OffTrack")]
    [InlineData(KpiDirection.LowerIsBetter, 2, 1, 1.05, "OnTrack")]
    [InlineData(KpiDirection.LowerIsBetter, 2, 1, 1.25, "AtRisk")]
    [InlineData(KpiDirection.LowerIsBetter, 2, 1, 1.8, "OffTrack")]
    public void StatusOf_ShareOfExpectedProgress_UsesThePrintedThresholds(
        KpiDirection direction, double baseline, double expected, double actual, string status)
    {
        var result = ProgressCalculator.StatusOf(direction, (decimal)baseline, (decimal)expected, (decimal)actual);

        Assert.Equal(Enum.Parse<KpiStatus>(status), result);
    }

    [Fact]
    public void StatusOf_NoValueThisWeek_IsNoData()
    {
        Assert.Equal(KpiStatus.NoData, ProgressCalculator.StatusOf(KpiDirection.HigherIsBetter, 1, 2, null));
    }

    [Fact]
    public void Calculate_ZeroImpressions_CtrHasNoValueAndNoDataStatus()
    {
        var plan = CheckInSamples.Plan();
        var history = new[] { Record(Week14, CheckInSamples.Numbers(8_000, 0, 0, 100)) };

        var ctr = ProgressCalculator.Calculate(plan, history, Week14).Single(p => p.Kpi.Id == KpiIds.Ctr);

        Assert.Null(ctr.Actual);
        Assert.Equal(KpiStatus.NoData, ctr.Status);
        Assert.Null(ctr.Series[^1]);
    }

    [Fact]
    public void Calculate_MissingAndSkippedWeeks_LeaveGapsInTheSeries()
    {
        var plan = CheckInSamples.Plan();
        var history = new[]
        {
            Record(Week14.AddWeeks(-4), CheckInSamples.Numbers(6_000, 100_000, 1_000, 1_500)),
            new CheckInRecord { PlanId = "plan", Week = Week14.AddWeeks(-2), Skipped = true, SkipReason = "holiday" },
            Record(Week14, CheckInSamples.Numbers(7_000, 100_000, 1_200, 1_500)),
        };

        var reach = ProgressCalculator.Calculate(plan, history, Week14).Single(p => p.Kpi.Id == KpiIds.Reach);

        Assert.Equal([null, null, null, 6_000m, null, null, null, 7_000m], reach.Series);
        Assert.All(reach.TargetSeries, value => Assert.NotNull(value));
        Assert.Equal(7_000m, reach.Actual);
    }

    [Fact]
    public void Calculate_ReachBehindThePlan_IsOffTrackWithAnHonestProjection()
    {
        var plan = CheckInSamples.Plan();
        var history = new[]
        {
            Record(Week14.AddWeeks(-2), CheckInSamples.Numbers(5_200, 100_000, 1_000, 1_500)),
            Record(Week14.AddWeeks(-1), CheckInSamples.Numbers(5_300, 100_000, 1_000, 1_500)),
            Record(Week14, CheckInSamples.Numbers(5_400, 100_000, 1_000, 1_500)),
        };

        var reach = ProgressCalculator.Calculate(plan, history, Week14).Single(p => p.Kpi.Id == KpiIds.Reach);

        // 1 March to 31 May is 91 days; week 14 ends 11 April, day 41: 5,000 + 5,000 × 41 / 91.
        Assert.Equal(5_000m + (5_000m * 41 / 91), reach.Expected);
        Assert.Equal(KpiStatus.OffTrack, reach.Status);

        // 100 a week for the 8 more weeks to the deadline's week (W22): 6,200, well short of 10,000.
        Assert.Equal(6_200m, reach.Projected);
    }

    [Fact]
    public void Calculate_CpcFallingAsPlanned_IsOnTrack()
    {
        var plan = CheckInSamples.Plan();
        var history = new[] { Record(Week14, CheckInSamples.Numbers(8_000, 100_000, 1_200, 1_500)) };

        var cpc = ProgressCalculator.Calculate(plan, history, Week14).Single(p => p.Kpi.Id == KpiIds.Cpc);

        Assert.Equal(1.25m, cpc.Actual);
        Assert.Equal(KpiStatus.OnTrack, cpc.Status);
    }

    [Fact]
    public void Calculate_NoBaselineAndOneWeek_SaysNotEnoughData()
    {
        var plan = CheckInSamples.Plan();
        plan.Control.KpiTargets[0].Baseline = null;
        var history = new[] { Record(Week14, CheckInSamples.Numbers(5_400, 100_000, 1_000, 1_500)) };

        var reach = ProgressCalculator.Calculate(plan, history, Week14).Single(p => p.Kpi.Id == KpiIds.Reach);

        Assert.Equal(KpiStatus.NoData, reach.Status);
        Assert.Null(reach.Projected);
    }

    [Fact]
    public void Calculate_UnknownKpiId_IsLeftOut()
    {
        var plan = CheckInSamples.Plan();
        plan.Control.KpiTargets.Add(CheckInSamples.Target("share-of-voice", 1, 2));

        var progress = ProgressCalculator.Calculate(plan, [], Week14);

        Assert.Equal([KpiIds.Reach, KpiIds.Ctr, KpiIds.Cpc], progress.Select(p => p.Kpi.Id));
        Assert.All(progress, p => Assert.Equal(KpiStatus.NoData, p.Status));
    }

    private static CheckInRecord Record(CheckInWeek week, WeeklyNumbers numbers) => new() { PlanId = "plan", Week = week, Numbers = numbers };
}
