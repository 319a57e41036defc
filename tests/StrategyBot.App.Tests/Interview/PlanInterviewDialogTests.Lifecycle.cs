using StrategyBot.Domain.Planning;
using StrategyBot.Testing;

namespace StrategyBot.App.Tests.Interview;

/// <summary>cancel, restart, resuming after a break or a bot restart, missing teammate dialogs, quick capture.</summary>
public sealed partial class PlanInterviewDialogTests
{
    [Fact]
    public async Task Cancel_ThenContinue_ResumesAtTheExactQuestionWithEverythingSaved()
    {
        var bot = InterviewHarness.Create();
        await InterviewScript.AnswerAllAsync(bot, ["hi", "A bakery", "Cakes", "Parties", "Sara", "25-34", "Instagram", "No time", "Recipes", "yes", "Reza, a student"]);

        (await bot.SendAsync("cancel")).Says("OK, we'll stop here. Everything you've told me is saved.").AssertNoMoreReplies();
        Assert.Empty((await bot.StateAsync()).Get("dialogs")!["stack"]!.AsArray());
        (await bot.SendAsync("continue")).Says("Welcome back — we're at Situation, step 1 of 6.").AsksCard("How old is Reza?").AssertNoMoreReplies();
        (await bot.SendAsync("18-24")).AsksCard("Which platforms does Reza use?");

        var personas = (await bot.PlanAsync()).Situation.Personas;
        Assert.Equal([("Sara", "25-34"), ("Reza, a student", "18-24")], personas.Select(p => (p.Name, p.AgeBand!)));
    }

    [Fact]
    public async Task Resume_AfterTheBotRestarts_ContinuesAtTheSameQuestionAndSaysWhereTheUserIs()
    {
        var before = InterviewHarness.Create();
        await InterviewScript.ThroughSituationAsync(before);
        await InterviewScript.AnswerAllAsync(before, ["Grow reach", "Instagram, Telegram"]);
        before.Time.Advance(TimeSpan.FromDays(3));

        var after = InterviewHarness.Create(before.Store, before.Time);
        (await after.SendAsync("hi")).Says("Welcome back — we're at Strategy, step 3 of 6.").Says("How will you split your effort").AssertNoMoreReplies();
        (await after.SendAsync("60/40")).Says("What makes your brand different");

        var strategy = (await after.PlanAsync()).Strategy;
        Assert.Equal([Platform.Instagram, Platform.Telegram], strategy.Platforms);
        Assert.Equal(60m, strategy.ContentPercent);
        Assert.Equal(40m, strategy.PaidPercent);
    }

    [Fact]
    public async Task Resume_AfterABreak_TakesTheAnswerAndSaysWhereTheUserIs()
    {
        var bot = InterviewHarness.Create();
        await InterviewScript.AnswerAllAsync(bot, ["hi", "A bakery"]);
        bot.Time.Advance(TimeSpan.FromHours(5));

        var turn = await bot.SendAsync("Cakes");

        turn.Says("Welcome back — we're at Situation, step 1 of 6.").Says("Which customer needs").AssertNoMoreReplies();
        Assert.Equal("Cakes", (await bot.PlanAsync()).Situation.ProductsAndServices);
    }

    [Fact]
    public async Task Restart_Declined_KeepsThePlanAndAsksTheSameQuestion()
    {
        var bot = InterviewHarness.Create();
        await InterviewScript.AnswerAllAsync(bot, ["hi", "A bakery"]);

        (await bot.SendAsync("restart")).Says("Start over from scratch?").WithSuggestedActions("Yes, start over", "No, keep my plan");
        var turn = await bot.SendAsync("No, keep my plan");

        turn.Says("No problem, your plan is untouched.").Says("What do you sell?").AssertNoMoreReplies();
        Assert.Equal("A bakery", (await bot.PlanAsync()).Situation.BusinessDescription);
    }

    [Fact]
    public async Task Restart_Confirmed_ClearsThePlanAndStartsOver()
    {
        var bot = InterviewHarness.Create();
        await InterviewScript.ThroughSituationAsync(bot);

        await bot.SendAsync("از اول");
        var turn = await bot.SendAsync("yes");

        turn.Says("Done: your plan is cleared.").Says("Step 1 of 6: Situation").Says("Tell me about your business").AssertNoMoreReplies();
        Assert.Null((await bot.StateAsync()).Get("plan"));
        (await bot.SendAsync("A flower shop")).Says("What do you sell?");
        Assert.Equal("A flower shop", (await bot.PlanAsync()).Situation.BusinessDescription);
    }

    [Fact]
    public async Task StepWithoutItsDialog_IsPassedOverWithANote()
    {
        var bot = InterviewHarness.Create(withStandIns: false);
        await InterviewScript.AnswerAllAsync(bot, ["hi", .. PlanAnswers.SituationEnglish[..^1]]);

        var turn = await bot.SendAsync(PlanAnswers.SituationEnglish[^1]);

        turn.SaysAll("✓ Situation is done.", "The Objectives step isn't available yet", "Step 3 of 6: Strategy").AsksCard("Which platforms will you focus on?").AssertNoMoreReplies();
    }

    [Fact]
    public async Task QuickCapture_WithoutItsDialog_SaysItIsComingAndAsksAgain()
    {
        var bot = InterviewHarness.Create();
        await InterviewScript.AnswerAllAsync(bot, ["hi", "A bakery"]);

        var turn = await bot.SendAsync("goal: grow Instagram reach 20% by March");

        turn.Says("Quick capture of goals is coming soon.").Says("What do you sell?").AssertNoMoreReplies();
    }

    [Fact]
    public async Task QuickCapture_WithItsDialog_RunsItThenAsksTheQuestionAgain()
    {
        var bot = InterviewHarness.Create(extra: new FakeQuickCaptureDialog());
        await InterviewScript.AnswerAllAsync(bot, ["hi", "A bakery"]);

        var turn = await bot.SendAsync("هدف: افزایش ۲۰٪ دسترسی اینستاگرام تا پایان اسفند");

        turn.Says("Captured: افزایش ۲۰٪ دسترسی اینستاگرام تا پایان اسفند (back to a question: True)").Says("What do you sell?").AssertNoMoreReplies();
        Assert.Equal("افزایش ۲۰٪ دسترسی اینستاگرام تا پایان اسفند", (await bot.PlanAsync()).Objectives.Single().Text);
    }

    [Fact]
    public async Task Deploy_ThatRemovedTheCurrentQuestion_AsksTheStepsFirstQuestionWithAnswersKept()
    {
        var bot = InterviewHarness.Create();
        await InterviewScript.AnswerAllAsync(bot, ["hi", "A bakery", "Cakes"]);
        var state = await bot.StateAsync();
        var stack = state.Get("dialogs")!.DeepClone().AsObject();
        stack["stack"]![0]!["stack"]![1]!["stack"]![0]!["values"]!["q"] = "a.question.this.deploy.removed";
        state.Set("dialogs", stack);
        await bot.Store.SaveAsync(state, CancellationToken.None);

        var turn = await bot.SendAsync("Parties");

        turn.SaysAll("Tell me about your business", "Current answer: A bakery.").AssertNoMoreReplies();
        Assert.Equal(("A bakery", "Cakes"), ((await bot.PlanAsync()).Situation.BusinessDescription, (await bot.PlanAsync()).Situation.ProductsAndServices));
    }
}
