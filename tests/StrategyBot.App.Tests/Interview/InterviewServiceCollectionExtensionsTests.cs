using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using StrategyBot.App.Interview;
using StrategyBot.BotFramework.Dialogs;
using StrategyBot.Testing;

namespace StrategyBot.App.Tests.Interview;

public sealed class InterviewServiceCollectionExtensionsTests
{
    [Fact]
    public void AddInterview_RegistersEveryDialogTheRootRunsOrStarts()
    {
        using var provider = Services(new FakeTimeProvider(InterviewHarness.Start));

        var dialogs = provider.GetRequiredService<DialogSet>();

        Assert.All(
            [PlanInterviewDialog.DialogId, "situation", "objectives", "strategy", "tactics", "action", "control", PlanInterviewDialog.QuickCaptureId],
            id => Assert.NotNull(dialogs.Find(id)));
        Assert.Same(dialogs, provider.GetRequiredService<DialogSet>());
        Assert.NotNull(provider.GetRequiredService<DialogRunner>());
    }

    [Fact]
    public async Task AddInterview_WithTheRealObjectivesStep_HandsOverToItAfterSituation()
    {
        var time = new FakeTimeProvider(InterviewHarness.Start);
        using var provider = Services(time);
        var runner = provider.GetRequiredService<DialogRunner>();
        var bot = new ConversationHarness((turn, state, ct) => runner.RunAsync(turn, state, PlanInterviewDialog.DialogId, ct), time: time);
        await InterviewScript.AnswerAllAsync(bot, ["hi", .. PlanAnswers.SituationEnglish[..^1]]);

        var turn = await bot.SendAsync(PlanAnswers.SituationEnglish[^1]);

        turn.SaysAll("✓ Situation is done.", "Step 2 of 6.");
        Assert.True(turn.Replies.Count > 1, "the Objectives step asked nothing");
        Assert.Equal("objectives", (string?)(await bot.StateAsync()).Get("dialogs")!["stack"]![0]!["stack"]![1]!["id"]);
    }

    private static ServiceProvider Services(TimeProvider time) =>
        new ServiceCollection().AddLogging().AddSingleton(time).AddInterview().BuildServiceProvider();
}
