using StrategyBot.BotFramework.State;
using StrategyBot.Domain.Planning;

namespace StrategyBot.App.Tests.Interview.Objectives;

public sealed class SmartObjectiveDialogTests
{
    private readonly InMemoryStateStore _store = new();

    [Fact]
    public async Task PlatformNoPersonaUses_IsExplained_AndNamingAPersonaMakesItRelevant()
    {
        await ObjectiveTestKit.SeedAsync(_store, ObjectiveTestKit.PlanWithSituation());
        var bot = ObjectiveTestKit.Interview(_store, ObjectiveTestKit.Clock());
        await bot.SendAsync("hi");

        (await bot.SendAsync("goal: grow TikTok followers from 300 to 600 by June with 5 videos a week"))
            .AssertReply("Got it! I'll add that as a draft objective and check it.")
            .AssertReply("SMART check: \u200ES ✓ · M ✓ · A ✓ · R ✗ · T ✓\u200E\n• Relevant: Your personas aren't on TikTok; they use Instagram, LinkedIn and Telegram. "
                + "Is TikTok still right, and for which persona?")
            .AssertReply("Objective 1 saved ✓ \u200ES ✓ · M ✓ · A ✓ · R ✗ · T ✓\u200E")
            .AssertReply("Which persona is it for?\n\n1. Sara\n2. Reza\n3. Keep it anyway")
            .WithSuggestedActions("Sara", "Reza", "Keep it anyway");
        (await bot.SendAsync("Sara"))
            .AssertReply("Objective 1 updated: \u200ES ✓ · M ✓ · A ✓ · R ✓ · T ✓\u200E")
            .AssertReply("Now, back to where we were.")
            .AssertReply(StandInInterviewDialog.BusinessQuestion);

        var objective = Assert.Single((await ObjectiveTestKit.PlanAsync(_store)).Objectives);
        Assert.Equal((Platform.TikTok, "Sara"), (objective.Platform, Assert.Single(objective.PersonaNames)));
        Assert.True(objective.Smart!.Relevant);
    }

    [Fact]
    public async Task Back_ReasksTheQuestionAskedBefore_NotTheOneBeforeItInCode()
    {
        await ObjectiveTestKit.SeedAsync(_store, ObjectiveTestKit.PlanWithSituation());
        var bot = ObjectiveTestKit.Interview(_store, ObjectiveTestKit.Clock());
        await bot.SendAsync("hi");
        (await bot.SendAsync("goal: get more Instagram followers with daily reels"))
            .AssertReplyContains("Got it!")
            .AssertReplyContains("A target needs a number: you're at 4,200 followers now. 5,040?")
            .AssertReply("What's your target for followers? A level (5,000), a change (+20%) or a multiple (double).");
        (await bot.SendAsync("5,000")).AssertReply(t => t.StartsWith("By when?", StringComparison.Ordinal));

        (await bot.SendAsync("back"))
            .AssertReply("What's your target for followers? A level (5,000), a change (+20%) or a multiple (double).")
            .AssertNoMoreReplies();
        await bot.SendAsync("6,000");
        (await bot.SendAsync("30 June 2027")).AssertReply(t => t.StartsWith("Objective 1 saved", StringComparison.Ordinal));

        var objective = Assert.Single((await ObjectiveTestKit.PlanAsync(_store)).Objectives);
        Assert.Equal((6_000m, new DateOnly(2027, 6, 30)), (objective.Target, objective.Deadline));
    }

    [Fact]
    public async Task Back_AtTheFirstQuestion_ReturnsToTheQuestionUnderneath()
    {
        await ObjectiveTestKit.SeedAsync(_store, ObjectiveTestKit.PlanWithSituation());
        var bot = ObjectiveTestKit.Interview(_store, ObjectiveTestKit.Clock());
        await bot.SendAsync("hi");
        await bot.SendAsync("Bags");
        await bot.SendAsync("goal: get more Instagram followers with daily reels");

        (await bot.SendAsync("back")).AssertReply(StandInInterviewDialog.BusinessQuestion);

        Assert.Empty((await ObjectiveTestKit.PlanAsync(_store)).Objectives);
    }

    [Fact]
    public async Task UnreadableAnswers_AreAskedAgainWithWhatIsExpected()
    {
        var bot = ObjectiveTestKit.Interview(_store, ObjectiveTestKit.Clock());
        await bot.SendAsync("hi");
        await bot.SendAsync("goal: more sales by June");

        (await bot.SendAsync("no idea")).AssertReply("I didn't recognise a platform. Try Instagram, LinkedIn, Telegram, YouTube, X, TikTok, Facebook or Aparat.");
        (await bot.SendAsync("instagram")).AssertReply("What's today's figure for sales on Instagram? Send a number; if you're starting from scratch, send 0.");
        (await bot.SendAsync("no idea")).AssertReply("Please send a number, for example 4200.");
        (await bot.SendAsync("40"))
            .AssertReply("A target needs a number: you're at 40 sales now. 48 by 30 June 2027?\n"
                + "What's your target for sales? A level (5,000), a change (+20%) or a multiple (double).")
            .WithSuggestedActions("48");
        (await bot.SendAsync("lots")).AssertReply("I need a number here, such as 5000, +20% or double.");
        (await bot.SendAsync("double")).AssertReply(t => t.StartsWith("Objective 1 saved", StringComparison.Ordinal));

        var objective = Assert.Single((await ObjectiveTestKit.PlanAsync(_store)).Objectives);
        Assert.Equal((ObjectiveMetric.Sales, 40m, 80m), (objective.Metric, objective.Baseline, objective.ResolvedTarget()));
    }
}
