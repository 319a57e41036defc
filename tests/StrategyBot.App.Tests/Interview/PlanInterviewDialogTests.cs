using StrategyBot.Domain.Planning;
using StrategyBot.BotFramework.Protocol;
using StrategyBot.Testing;
using Xunit.Abstractions;

namespace StrategyBot.App.Tests.Interview;

public sealed partial class PlanInterviewDialogTests(ITestOutputHelper output)
{
    [Fact]
    public async Task WholePlan_InEnglish_EndsWithTheSummaryCardAndACompletePlan()
    {
        var bot = InterviewHarness.Create();
        var log = new List<HarnessTurn>();
        string[] script =
        [
            "hi", .. PlanAnswers.SituationEnglish, "Grow Instagram reach 20% by September", .. PlanAnswers.StrategyEnglish,
            .. PlanAnswers.TacticsEnglish, .. PlanAnswers.ActionEnglish, "yes",
        ];

        var turns = await InterviewScript.AnswerAllAsync(bot, script, log);

        var last = log[^1];
        last.Says("✓ Control is done.").ShowsSummaryCard().AssertNoMoreReplies();
        Assert.Contains("Your plan is complete", last.Texts[0], StringComparison.Ordinal);
        var plan = await bot.PlanAsync();
        Assert.True(SostacProgress.Evaluate(plan).IsComplete);
        var cards = log.Sum(t => t.Replies.Count(r => r.Attachments is { Count: > 0 }));
        output.WriteLine($"A whole plan took {turns} turns and {cards} cards, from \"hi\" to the summary card (Objectives and Control are one-question stand-ins here).");
        Assert.All(log.Take(log.Count - 1), t => Assert.Single(t.Replies, r => IsQuestion(r)));
        Assert.Equal(script.Length, turns);
    }

    // One question per turn: the last reply of every turn is the next question (a card, or text ending in "?").
    private static bool IsQuestion(Activity reply) =>
        ReplyAssert.Card(reply) is not null || reply.Text?.Contains('?', StringComparison.Ordinal) == true;
}
