using StrategyBot.Domain.CheckIns;
using StrategyBot.Domain.Kpis;
using StrategyBot.Domain.Planning;

namespace StrategyBot.Domain.Tests.CheckIns;

public sealed class PeriodProgressTests
{
    private static readonly DateOnly PlanStart = new(2026, 11, 30);
    private static readonly IsoWeek FirstWeek = IsoWeek.FromDate(PlanStart);

    [Fact]
    public void Evaluate_TotalOverThePeriod_AddsTheWeeksUpAgainstTheirShare()
    {
        var track = Track(TargetCadence.Total, target: 300m, deadline: new DateOnly(2027, 3, 29), values: [18m, 20m]);

        var report = KpiProgress.Evaluate(track, FirstWeek.AddWeeks(1).Sunday);

        Assert.Equal(ProgressBasis.CumulativeTotal, report.Basis);
        Assert.Equal(38m, report.SoFar);
        Assert.Equal(35.29m, report.ExpectedSoFar);
        Assert.Equal(KpiStatus.OnTrack, report.Status);
        Assert.Equal(323m, report.Projected);
        Assert.False(report.TargetReached);
    }

    [Fact]
    public void Evaluate_TotalWithASkippedWeek_JudgesTheReportedWeeksOnly()
    {
        var track = Track(TargetCadence.Total, target: 300m, deadline: new DateOnly(2027, 3, 29), values: [18m, null, 20m]);

        var report = KpiProgress.Evaluate(track, FirstWeek.AddWeeks(2).Sunday);

        Assert.Equal(2, report.WeeksCounted);
        Assert.Equal(KpiStatus.OnTrack, report.Status);
        Assert.Equal([FirstWeek.AddWeeks(1)], report.MissingWeeks);
    }

    [Fact]
    public void Evaluate_MonthlyRateFirstWeek_JudgesTheWeekAgainstItsShareOfTheMonth()
    {
        var track = Track(TargetCadence.PerMonth, target: 150m, deadline: new DateOnly(2027, 3, 29), values: [18m]);

        var report = KpiProgress.Evaluate(track, FirstWeek.Sunday);

        Assert.Equal(ProgressBasis.WeeklyShareOfMonth, report.Basis);
        Assert.Equal(34.5m, report.ExpectedSoFar);
        Assert.Equal(KpiStatus.OffTrack, report.Status);
        Assert.Equal(78.27m, report.Projected);
    }

    [Fact]
    public void Evaluate_MonthlyRateTwoWeeksIntoTheMonth_JudgesTheMonthToDate()
    {
        var track = Track(TargetCadence.PerMonth, target: 150m, deadline: new DateOnly(2027, 3, 29), values: [30m, 40m]);

        var report = KpiProgress.Evaluate(track, FirstWeek.AddWeeks(1).Sunday);

        Assert.Equal(ProgressBasis.MonthToDate, report.Basis);
        Assert.Equal(70m, report.SoFar);
        Assert.Equal(68.99m, report.ExpectedSoFar);
        Assert.Equal(2, report.WeeksCounted);
        Assert.Equal(KpiStatus.OnTrack, report.Status);
    }

    [Theory]
    [InlineData(false, ProgressBasis.MonthToDate)]
    [InlineData(true, ProgressBasis.WeeklyShareOfMonth)]
    public void Evaluate_MonthlyRateAcrossAzarAndDey_CountsTheMonthsOfThePlansCalendar(bool jalali, ProgressBasis expected)
    {
        // ISO 2026-W51 has its Thursday on 17 December (26 Azar) and W52 on 24 December (3 Dey).
        var start = IsoWeek.Create(2026, 51);
        var track = new KpiTrack
        {
            KpiId = KpiIds.Conversions, Direction = KpiDirection.HigherIsBetter, PlanStart = start.Monday,
            Deadline = new DateOnly(2027, 3, 29), Target = 150m, Cadence = TargetCadence.PerMonth, JalaliMonths = jalali,
            Weeks = [new WeeklyKpiValue(start, 30m), new WeeklyKpiValue(start.Next(), 40m)],
        };

        var report = KpiProgress.Evaluate(track, start.Next().Sunday);

        Assert.Equal(expected, report.Basis);
    }

    [Fact]
    public void Evaluate_WeeklyRateWithABaseline_JudgesTheChangeAlongTheRamp()
    {
        var track = Track(TargetCadence.PerWeek, target: 10_000m, deadline: PlanStart.AddDays(84), values: [6_500m, 7_000m, 7_400m, 7_700m, 7_900m, 8_000m], baseline: 6_000m);

        var report = KpiProgress.Evaluate(track, FirstWeek.AddWeeks(5).Sunday);

        Assert.Equal(ProgressBasis.Latest, report.Basis);
        Assert.Equal(8_000m, report.SoFar);
        Assert.Equal(KpiStatus.OnTrack, report.Status);
    }

    [Fact]
    public void Evaluate_CostPerClickPerWeekWithoutBaseline_LowerIsBetter()
    {
        var track = new KpiTrack
        {
            KpiId = KpiIds.Cpc, Direction = KpiDirection.LowerIsBetter, PlanStart = PlanStart, Deadline = PlanStart.AddDays(84),
            Target = 0.40m, Cadence = TargetCadence.PerWeek, Weeks = [new WeeklyKpiValue(FirstWeek, 0.80m)],
        };

        var report = KpiProgress.Evaluate(track, FirstWeek.Sunday);

        Assert.Equal(0.5m, report.Ratio);
        Assert.Equal(KpiStatus.OffTrack, report.Status);
    }

    private static KpiTrack Track(TargetCadence cadence, decimal target, DateOnly deadline, decimal?[] values, decimal? baseline = null) => new()
    {
        KpiId = KpiIds.Conversions,
        Direction = KpiDirection.HigherIsBetter,
        PlanStart = PlanStart,
        Deadline = deadline,
        Target = target,
        Baseline = baseline,
        Cadence = cadence,
        Weeks = [.. values.Select((v, i) => new WeeklyKpiValue(FirstWeek.AddWeeks(i), v))],
    };

    [Theory]
    [InlineData(TargetCadence.PerMonth, null, 34.5)]
    [InlineData(TargetCadence.Total, null, 8.82)]
    [InlineData(TargetCadence.Level, 100.0, 102.52)]
    public void ExpectedInWeek_ChartTargetLine_IsWhatOneWeekShouldReport(TargetCadence cadence, double? baseline, double expected)
    {
        // 150 over the 119 days from 30 November to 29 March: a month's share, a total's even share, a level's ramp.
        var track = Track(cadence, target: 150m, deadline: new DateOnly(2027, 3, 29), values: [], baseline: (decimal?)baseline);

        Assert.Equal((decimal)expected, Math.Round(track.ExpectedInWeek(FirstWeek)!.Value, 2));
    }
}
