using StrategyBot.App.CheckIns;
using StrategyBot.Domain.CheckIns;
using StrategyBot.Domain.Kpis;
using StrategyBot.Domain.Planning;

namespace StrategyBot.App.Tests.CheckIns;

public sealed class KpiStandingsTests
{
    private static readonly IsoWeek Week14 = IsoWeek.Create(2027, 14);

    [Fact]
    public void Evaluate_ZeroImpressions_CtrHasNoValueAndNoDataStatus()
    {
        var plan = CheckInSamples.Plan();
        var history = new[] { Record(Week14, CheckInSamples.Numbers(8_000, 0, 0, 100)) };

        var ctr = KpiStandings.Evaluate(plan, history, Week14).Single(p => p.Kpi.Id == KpiIds.Ctr);

        Assert.Null(ctr.Report.Latest);
        Assert.Equal(KpiStatus.NoData, ctr.Status);
        Assert.Null(ctr.Series[^1]);
    }

    [Fact]
    public void Evaluate_MissingAndSkippedWeeks_LeaveGapsInTheSeries()
    {
        var plan = CheckInSamples.Plan();
        var history = new[]
        {
            Record(Week14.AddWeeks(-4), CheckInSamples.Numbers(6_000, 100_000, 1_000, 1_500)),
            new CheckInRecord { PlanId = "plan", Week = Week14.AddWeeks(-2), Skipped = true, SkipReason = "holiday" },
            Record(Week14, CheckInSamples.Numbers(7_000, 100_000, 1_200, 1_500)),
        };

        var reach = KpiStandings.Evaluate(plan, history, Week14).Single(p => p.Kpi.Id == KpiIds.Reach);

        Assert.Equal([null, null, null, 6_000m, null, null, null, 7_000m], reach.Series);
        Assert.All(reach.TargetSeries, value => Assert.NotNull(value));
        Assert.Equal(7_000m, reach.Report.Latest);
    }

    [Fact]
    public void Evaluate_ReachBehindThePlan_UsesTheDomainRulesFromThePlanStart()
    {
        var plan = CheckInSamples.Plan();
        var history = new[]
        {
            Record(Week14.AddWeeks(-2), CheckInSamples.Numbers(5_200, 100_000, 1_000, 1_500)),
            Record(Week14.AddWeeks(-1), CheckInSamples.Numbers(5_300, 100_000, 1_000, 1_500)),
            Record(Week14, CheckInSamples.Numbers(5_400, 100_000, 1_000, 1_500)),
        };

        var reach = KpiStandings.Evaluate(plan, history, Week14).Single(p => p.Kpi.Id == KpiIds.Reach);

        // 1 March to 31 May is 91 days; week 14 ends 11 April, day 41: 5,000 + 5,000 × 41 / 91.
        Assert.Equal(Math.Round(5_000m + (5_000m * 41 / 91), 4), reach.Report.ProRatedTarget);
        Assert.Equal(5_000m + (5_000m * 41 / 91), reach.TargetSeries[^1]);
        Assert.Equal(KpiStatus.OffTrack, reach.Status);

        // 400 gained in 41 days, held for all 91: 5,000 + 400 × 91 / 41.
        Assert.Equal(Math.Round(5_000m + (400m * 91 / 41), 2), reach.Report.Projected);
    }

    [Fact]
    public void Evaluate_CpcFallingAsPlanned_IsOnTrack()
    {
        var plan = CheckInSamples.Plan();
        var history = new[] { Record(Week14, CheckInSamples.Numbers(8_000, 100_000, 1_200, 1_500)) };

        var cpc = KpiStandings.Evaluate(plan, history, Week14).Single(p => p.Kpi.Id == KpiIds.Cpc);

        Assert.Equal(1.25m, cpc.Report.Latest);
        Assert.Equal(KpiStatus.OnTrack, cpc.Status);
    }

    [Fact]
    public void Evaluate_NoBaselineAndOneWeek_SaysNotEnoughData()
    {
        var plan = CheckInSamples.Plan();
        plan = CheckInSamples.WithTargets(plan, [plan.Control.KpiTargets[0] with { Baseline = null }, .. plan.Control.KpiTargets.Skip(1)]);
        var history = new[] { Record(Week14, CheckInSamples.Numbers(5_400, 100_000, 1_000, 1_500)) };

        var reach = KpiStandings.Evaluate(plan, history, Week14).Single(p => p.Kpi.Id == KpiIds.Reach);

        Assert.Equal(KpiStatus.NoData, reach.Status);
        Assert.Null(reach.Report.Projected);
    }

    [Fact]
    public void Evaluate_UnknownKpiId_IsLeftOut()
    {
        var plan = CheckInSamples.WithTarget(CheckInSamples.Plan(), CheckInSamples.Target("share-of-voice", 1, 2));

        var progress = KpiStandings.Evaluate(plan, [], Week14);

        Assert.Equal([KpiIds.Reach, KpiIds.Ctr, KpiIds.Cpc], progress.Select(p => p.Kpi.Id));
        Assert.All(progress, p => Assert.Equal(KpiStatus.NoData, p.Status));
    }

    [Fact]
    public void Evaluate_MonthlySalesTargetFirstWeek_IsJudgedAgainstTheWeeksShareOfTheMonth()
    {
        var plan = CheckInSamples.WithTarget(CheckInSamples.Plan(), new KpiTarget
        {
            ObjectiveId = "o1", KpiId = KpiIds.Conversions, Target = 150m, Deadline = new DateOnly(2027, 5, 31), Cadence = TargetCadence.PerMonth,
        });
        var history = new[] { Record(Week14, new WeeklyNumbers { Conversions = 18m }) };

        var sales = KpiStandings.Evaluate(plan, history, Week14).Single(p => p.Kpi.Id == KpiIds.Conversions);

        Assert.Equal(ProgressBasis.WeeklyShareOfMonth, sales.Report.Basis);
        Assert.Equal(KpiStatus.OffTrack, sales.Status);
        Assert.Equal(78.27m, sales.Report.Projected);
        Assert.Equal(34.5m, Math.Round(sales.TargetSeries[^1]!.Value, 2));
    }

    private static CheckInRecord Record(IsoWeek week, WeeklyNumbers numbers) => new() { PlanId = "plan", Week = week, Numbers = numbers };
}
