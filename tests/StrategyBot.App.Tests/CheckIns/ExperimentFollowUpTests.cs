using StrategyBot.App.CheckIns;
using StrategyBot.App.Conversation;
using StrategyBot.App.Interview;
using StrategyBot.Domain.Kpis;
using StrategyBot.Domain.Planning;

namespace StrategyBot.App.Tests.CheckIns;

public sealed class ExperimentFollowUpTests
{
    // Thursday 11 March 2027, 10:00 UTC: a check-in now reports week 10 (8 to 14 March).
    private static readonly DateTimeOffset Thursday = new(2027, 3, 11, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task CheckIn_WithAnEndedExperiment_AsksForTheWinnerThenTheChangeAndStoresBoth()
    {
        using var host = new CheckInTestHost(Thursday);
        await host.SeedUserAsync(PlanWithExperiments());
        await host.SayAsync("check in now");

        var (numbers, _) = await host.SayAsync("reach 12000 clicks 340 spend 150");

        Assert.Equal(2, numbers.Outbox.Count);
        var question = numbers.Outbox[1];
        Assert.Equal(
            "Your A/B test \"Faces in the first second get more reach\" ended on 7 March 2027. Which won: A (Face first), B (Product first), or was there no difference?",
            question.Text);
        Assert.Equal(["A", "B", "No difference"], question.SuggestedActions!.Actions.Select(a => a.Title));

        var (winner, handled) = await host.SayAsync("B");

        Assert.True(handled);
        Assert.Equal("Noted: B won (Product first). What changes in your plan because of it?", Assert.Single(winner.Outbox).Text);
        Assert.Equal(ExperimentVerdict.VariantB, (await ExperimentAsync(host, "e1")).Verdict);

        var (change, _) = await host.SayAsync("Lead every reel with the product");

        Assert.Equal("Saved to your plan: B won (Product first). Change: Lead every reel with the product.", Assert.Single(change.Outbox).Text);
        var experiment = await ExperimentAsync(host, "e1");
        Assert.Equal((ExperimentVerdict.VariantB, "Lead every reel with the product"), (experiment.Verdict, experiment.Change));
        Assert.Equal(ExperimentVerdict.Pending, (await ExperimentAsync(host, "e2")).Verdict);
        Assert.Null((await host.CheckInStateAsync()).Awaiting);
    }

    [Fact]
    public async Task CheckIn_InPersian_ReadsNoDifferenceAndAsksInPersian()
    {
        using var host = new CheckInTestHost(Thursday);
        await host.SeedUserAsync(PlanWithExperiments(), "fa-IR");
        await host.SayAsync("check in now", "fa-IR");

        var (numbers, _) = await host.SayAsync("دسترسی ۱۲۰۰۰ کلیک ۳۴۰ هزینه ۱۵۰", "fa-IR");
        Assert.Contains("آزمون A/B شما «Faces in the first second get more reach» در ۱۶ اسفند ۱۴۰۵", numbers.Outbox[1].Text, StringComparison.Ordinal);

        var (winner, _) = await host.SayAsync("تفاوتی نبود", "fa-IR");
        Assert.Contains("ثبت شد: تفاوتی نبود.", Assert.Single(winner.Outbox).Text, StringComparison.Ordinal);
        await host.SayAsync("هر دو را نگه می‌داریم", "fa-IR");

        var experiment = await ExperimentAsync(host, "e1");
        Assert.Equal((ExperimentVerdict.NoDifference, "هر دو را نگه می‌داریم"), (experiment.Verdict, experiment.Change));
    }

    [Fact]
    public async Task CheckIn_AnswerThatIsNoVerdict_LetsTheQuestionLapseAndChangesNothing()
    {
        using var host = new CheckInTestHost(Thursday);
        await host.SeedUserAsync(PlanWithExperiments());
        await host.SayAsync("check in now");
        await host.SayAsync("reach 12000 clicks 340 spend 150");

        var (turn, handled) = await host.SayAsync("what do you mean?");

        Assert.False(handled);
        Assert.Empty(turn.Outbox);
        Assert.Equal(ExperimentVerdict.Pending, (await ExperimentAsync(host, "e1")).Verdict);
        Assert.Null((await host.CheckInStateAsync()).Awaiting);
    }

    [Fact]
    public async Task CheckIn_WithNoEndedExperiment_AsksNothingAfterTheNumbers()
    {
        using var host = new CheckInTestHost(Thursday);
        var plan = PlanWithExperiments();
        plan = plan with { Control = plan.Control with { Experiments = [.. plan.Control.Experiments.Where(e => e.Id == "e2")] } };
        await host.SeedUserAsync(plan);
        await host.SayAsync("check in now");

        var (numbers, _) = await host.SayAsync("reach 12000 clicks 340 spend 150");

        Assert.Single(numbers.Outbox);
        Assert.Null((await host.CheckInStateAsync()).Awaiting);
    }

    [Theory]
    [InlineData("a", ExperimentVerdict.VariantA)]
    [InlineData("A won", ExperimentVerdict.VariantA)]
    [InlineData("Variant B", ExperimentVerdict.VariantB)]
    [InlineData("no difference", ExperimentVerdict.NoDifference)]
    [InlineData("No Difference!", ExperimentVerdict.NoDifference)]
    [InlineData("الف", ExperimentVerdict.VariantA)]
    [InlineData("نسخه ب", ExperimentVerdict.VariantB)]
    [InlineData("فرقی نکرد", ExperimentVerdict.NoDifference)]
    [InlineData("مساوی", ExperimentVerdict.NoDifference)]
    public void ReadVerdict_EnglishOrPersian_IsRead(string text, ExperimentVerdict expected)
    {
        Assert.Equal(expected, ExperimentFollowUp.ReadVerdict(text));
    }

    [Theory]
    [InlineData("")]
    [InlineData("maybe")]
    [InlineData("a lot better")]
    public void ReadVerdict_Other_IsNull(string text)
    {
        Assert.Null(ExperimentFollowUp.ReadVerdict(text));
    }

    private static MarketingPlan PlanWithExperiments()
    {
        var plan = CheckInSamples.Plan();
        return plan with { Control = plan.Control with { Experiments =
        [
            new Experiment
            {
                Id = "e1", Hypothesis = "Faces in the first second get more reach", VariantA = "Face first", VariantB = "Product first",
                MetricKpiId = KpiIds.Reach, Start = new DateOnly(2027, 2, 22), End = new DateOnly(2027, 3, 7),
            },
            new Experiment
            {
                Id = "e2", Hypothesis = "Evening posts get more clicks", VariantA = "18:00", VariantB = "09:00",
                MetricKpiId = KpiIds.Clicks, Start = new DateOnly(2027, 3, 8), End = new DateOnly(2027, 3, 21),
            },
        ] } };
    }

    private static async Task<Experiment> ExperimentAsync(CheckInTestHost host, string id)
    {
        var state = await host.Store.LoadAsync(CheckInTestHost.Scope, CancellationToken.None);
        return TurnState.Of(state).Plan.Control.Experiments.Single(e => e.Id == id);
    }
}
