using StrategyBot.Domain.CheckIns;
using StrategyBot.Domain.Kpis;

namespace StrategyBot.Domain.Tests.CheckIns;

public sealed class KpiProgressTests
{
    private static readonly DateOnly Start = new(2026, 12, 1);
    private static readonly DateOnly Deadline = new(2027, 3, 31);

    [Fact]
    public void ProRatedTarget_Halfway_IsLinearBetweenBaselineAndTarget()
    {
        var track = Followers(5000m, 10000m);

        Assert.Equal(5000m, track.ProRatedTarget(Start));
        Assert.Equal(7500m, track.ProRatedTarget(Start.AddDays(60)));
        Assert.Equal(10000m, track.ProRatedTarget(Deadline));
        Assert.Equal(10000m, track.ProRatedTarget(Deadline.AddDays(30)));
        Assert.Equal(5000m, track.ProRatedTarget(Start.AddDays(-10)));
    }

    [Fact]
    public void Evaluate_BehindPlan_ReportsAtRiskWithProjection()
    {
        var track = Followers(5000m, 10000m, (IsoWeek.Create(2027, 5), 7400m));

        var report = KpiProgress.Evaluate(track, new DateOnly(2027, 2, 8));

        Assert.Equal(KpiStatus.AtRisk, report.Status);
        Assert.Equal(7400m, report.Latest);
        Assert.Equal(7833.3333m, report.ProRatedTarget);
        Assert.Equal(0.8471m, report.Ratio);
        Assert.Equal(9235.29m, report.Projected);
        Assert.False(report.TargetReached);
    }

    [Theory]
    [InlineData(7900, KpiStatus.OnTrack)]
    [InlineData(7550, KpiStatus.OnTrack)]
    [InlineData(7000, KpiStatus.AtRisk)]
    [InlineData(6900, KpiStatus.OffTrack)]
    [InlineData(5000, KpiStatus.OffTrack)]
    [InlineData(4800, KpiStatus.OffTrack)]
    public void Evaluate_HigherIsBetter_StatusFromShareOfPlannedGrowth(double latest, KpiStatus expected)
    {
        var track = Followers(5000m, 10000m, (IsoWeek.Create(2027, 5), (decimal)latest));

        var report = KpiProgress.Evaluate(track, new DateOnly(2027, 2, 8));

        Assert.Equal(expected, report.Status);
    }

    [Theory]
    [InlineData(1.00, KpiStatus.OnTrack)]
    [InlineData(1.05, KpiStatus.AtRisk)]
    [InlineData(1.06, KpiStatus.OffTrack)]
    [InlineData(1.30, KpiStatus.OffTrack)]
    [InlineData(0.70, KpiStatus.OnTrack)]
    public void Evaluate_LowerIsBetterCpc_InvertsDirection(double latest, KpiStatus expected)
    {
        var track = new KpiTrack
        {
            KpiId = KpiIds.Cpc, Direction = KpiDirection.LowerIsBetter, PlanStart = Start, Deadline = Deadline,
            Baseline = 1.20m, Target = 0.80m, Weeks = [new WeeklyKpiValue(IsoWeek.Create(2027, 4), (decimal)latest)],
        };

        var report = KpiProgress.Evaluate(track, new DateOnly(2027, 2, 1));

        Assert.Equal(expected, report.Status);
        Assert.Equal(latest <= 0.80, report.TargetReached);
    }

    [Fact]
    public void Evaluate_NoValues_NoDataWithEveryEndedWeekMissing()
    {
        var track = Followers(5000m, 10000m);

        var report = KpiProgress.Evaluate(track, new DateOnly(2027, 1, 5));

        Assert.Equal(KpiStatus.NoData, report.Status);
        Assert.Null(report.Ratio);
        Assert.Null(report.Projected);
        Assert.Equal(["2026-W49", "2026-W50", "2026-W51", "2026-W52", "2026-W53"], report.MissingWeeks.Select(w => w.ToString()));
    }

    [Fact]
    public void Evaluate_MissingWeeksAndSkippedWeek_UsesLatestReportedAndListsGaps()
    {
        var track = Followers(
            5000m,
            10000m,
            (IsoWeek.Create(2026, 49), 5200m),
            (IsoWeek.Create(2026, 51), 5600m),
            (IsoWeek.Create(2027, 2), null),
            (IsoWeek.Create(2027, 5), 7900m));

        var report = KpiProgress.Evaluate(track, new DateOnly(2027, 2, 8));

        Assert.Equal(IsoWeek.Create(2027, 5), report.LatestWeek);
        Assert.Equal(KpiStatus.OnTrack, report.Status);
        Assert.Equal(
            ["2026-W50", "2026-W52", "2026-W53", "2027-W01", "2027-W02", "2027-W03", "2027-W04"],
            report.MissingWeeks.Select(w => w.ToString()));
    }

    [Fact]
    public void Evaluate_FutureWeekValues_AreIgnoredUntilTheyHappen()
    {
        var track = Followers(5000m, 10000m, (IsoWeek.Create(2027, 1), 6000m), (IsoWeek.Create(2027, 9), 9000m));

        var report = KpiProgress.Evaluate(track, new DateOnly(2027, 1, 12));

        Assert.Equal(IsoWeek.Create(2027, 1), report.LatestWeek);
    }

    [Fact]
    public void Evaluate_NoBaseline_UsesFirstReportedValue()
    {
        var track = new KpiTrack
        {
            KpiId = KpiIds.Clicks, Direction = KpiDirection.HigherIsBetter, PlanStart = Start, Deadline = Deadline, Target = 800m,
            Weeks = [new WeeklyKpiValue(IsoWeek.Create(2026, 49), 400m), new WeeklyKpiValue(IsoWeek.Create(2027, 5), 560m)],
        };

        var report = KpiProgress.Evaluate(track, new DateOnly(2027, 2, 8));

        Assert.Equal(400m, track.EffectiveBaseline());
        Assert.Equal(0.7059m, report.Ratio);
        Assert.Equal(KpiStatus.AtRisk, report.Status);
    }

    [Fact]
    public void Evaluate_NoBaselineAndOneReportedWeek_IsNoDataWithoutProjection()
    {
        var track = new KpiTrack
        {
            KpiId = KpiIds.Clicks, Direction = KpiDirection.HigherIsBetter, PlanStart = Start, Deadline = Deadline, Target = 800m,
            Weeks = [new WeeklyKpiValue(IsoWeek.Create(2027, 5), 560m)],
        };

        var report = KpiProgress.Evaluate(track, new DateOnly(2027, 2, 8));

        Assert.Equal(KpiStatus.NoData, report.Status);
        Assert.Null(report.Ratio);
        Assert.Null(report.Projected);
    }

    [Fact]
    public void Evaluate_MaintainTargetEqualToBaseline_OnTrackWhileNotWorse()
    {
        var holding = Followers(5000m, 5000m, (IsoWeek.Create(2027, 5), 5000m));
        var slipping = Followers(5000m, 5000m, (IsoWeek.Create(2027, 5), 4900m));

        var held = KpiProgress.Evaluate(holding, new DateOnly(2027, 2, 8));
        var slipped = KpiProgress.Evaluate(slipping, new DateOnly(2027, 2, 8));

        Assert.Null(held.Ratio);
        Assert.Equal(KpiStatus.OnTrack, held.Status);
        Assert.Equal(KpiStatus.AtRisk, slipped.Status);
    }

    [Fact]
    public void Evaluate_TargetMetEarly_FlagsReached()
    {
        var track = Followers(5000m, 10000m, (IsoWeek.Create(2027, 5), 10500m));

        var report = KpiProgress.Evaluate(track, new DateOnly(2027, 2, 8));

        Assert.True(report.TargetReached);
        Assert.Equal(KpiStatus.OnTrack, report.Status);
    }

    [Theory]
    [InlineData(0.90, KpiStatus.OnTrack)]
    [InlineData(0.8999, KpiStatus.AtRisk)]
    [InlineData(0.70, KpiStatus.AtRisk)]
    [InlineData(0.6999, KpiStatus.OffTrack)]
    [InlineData(-0.5, KpiStatus.OffTrack)]
    [InlineData(1.4, KpiStatus.OnTrack)]
    public void StatusFor_Ratio_UsesPublishedThresholds(double ratio, KpiStatus expected)
    {
        Assert.Equal(expected, KpiProgress.StatusFor((decimal)ratio));
    }

    private static KpiTrack Followers(decimal baseline, decimal target, params (IsoWeek Week, decimal? Value)[] weeks) => new()
    {
        KpiId = KpiIds.Followers,
        Direction = KpiDirection.HigherIsBetter,
        PlanStart = Start,
        Deadline = Deadline,
        Baseline = baseline,
        Target = target,
        Weeks = weeks.Select(w => new WeeklyKpiValue(w.Week, w.Value)).ToList(),
    };
}
