using StrategyBot.Domain.Kpis;
using StrategyBot.Domain.Planning;

namespace StrategyBot.Domain.Tests.Planning;

public sealed class SeedPlanPartsTests
{
    private static readonly DateOnly Today = new(2026, 11, 26);

    [Fact]
    public void Upcoming_DatedPosts_ReturnsTheNextWeeksInDateOrder()
    {
        var calendar = new ContentCalendar
        {
            Posts =
            [
                new DatedPost { Date = Today.AddDays(20), Platform = Platform.Instagram, Theme = "Yalda giveaway" },
                new DatedPost { Date = Today.AddDays(-1), Platform = Platform.Instagram, Theme = "past" },
                new DatedPost { Date = Today.AddDays(3), Platform = Platform.Telegram, Theme = "launch" },
                new DatedPost { Date = Today.AddDays(40), Platform = Platform.Instagram, Theme = "too far" },
            ],
        };

        var upcoming = calendar.Upcoming(Today, weeks: 4);

        Assert.Equal(["launch", "Yalda giveaway"], upcoming.Select(p => p.Theme));
    }

    [Fact]
    public void PostsPerWeek_Rhythm_CountsThePlatformsSlots()
    {
        var calendar = new ContentCalendar
        {
            WeeklyRhythm =
            [
                new PlatformRhythm
                {
                    Platform = Platform.Instagram,
                    Slots = [new CalendarSlot { Day = DayOfWeek.Tuesday, Format = "reel", Pillar = "recipes" }, new CalendarSlot { Day = DayOfWeek.Friday, Format = "carousel" }],
                },
            ],
        };

        Assert.Equal(2, calendar.PostsPerWeek(Platform.Instagram));
        Assert.Equal(0, calendar.PostsPerWeek(Platform.Telegram));
    }

    [Fact]
    public void Issues_CampaignEndingBeforeItStartsWithANegativeBudget_SaysBoth()
    {
        var campaign = new Campaign { Name = "Yalda", Start = Today.AddDays(10), End = Today, Budget = -5m };

        Assert.Equal([PlanIssue.EndsBeforeItStarts, PlanIssue.NegativeBudget], campaign.Issues());
        Assert.False(campaign.IsRunning(Today));
    }

    [Fact]
    public void DueForResult_EndedPendingExperiments_AreAskedForTheirResultOldestFirst()
    {
        var control = new Control
        {
            Experiments =
            [
                Experiment("running", end: Today.AddDays(3)),
                Experiment("ended later", end: Today.AddDays(-1)),
                Experiment("ended first", end: Today.AddDays(-8)),
                Experiment("decided", end: Today.AddDays(-10), ExperimentVerdict.VariantB),
            ],
        };

        var due = control.DueForResult(Today);

        Assert.Equal(["ended first", "ended later"], due.Select(e => e.Id));
    }

    [Fact]
    public void Issues_ExperimentWithoutHypothesisOrSecondVariant_SaysWhatIsMissing()
    {
        var experiment = new Experiment { VariantA = "carousel", MetricKpiId = KpiIds.Ctr, Start = Today, End = Today.AddDays(14) };

        Assert.Equal([PlanIssue.HypothesisMissing, PlanIssue.VariantMissing], experiment.Issues());
    }

    private static Experiment Experiment(string id, DateOnly end, ExperimentVerdict verdict = ExperimentVerdict.Pending) => new()
    {
        Id = id, Hypothesis = "h", VariantA = "a", VariantB = "b", MetricKpiId = KpiIds.Ctr, Start = end.AddDays(-14), End = end, Verdict = verdict,
    };
}
