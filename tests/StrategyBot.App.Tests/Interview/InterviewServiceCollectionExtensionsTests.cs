using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using StrategyBot.App.CheckIns;
using StrategyBot.App.Conversation;
using StrategyBot.App.Interview;
using StrategyBot.App.Tests.Interview.Objectives;
using StrategyBot.BotFramework.Dialogs;
using StrategyBot.BotFramework.State;
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

    [Fact]
    public async Task AddInterview_ConfiguredDefaultCheckInSlot_IsTheSlotControlOffers()
    {
        var time = ObjectiveTestKit.Clock();
        using var provider = new ServiceCollection().AddLogging().AddSingleton<TimeProvider>(time)
            .Configure<CheckInOptions>(o => (o.DefaultDayOfWeek, o.DefaultLocalTime) = (DayOfWeek.Friday, "17:30"))
            .AddInterview().BuildServiceProvider();
        var runner = provider.GetRequiredService<DialogRunner>();
        var store = new InMemoryStateStore();
        await ObjectiveTestKit.SeedAsync(store, ObjectiveTestKit.PlanWithSituation());
        var state = await ObjectiveTestKit.StateAsync(store);
        TurnState.Of(state).UpdateProfile(_ => new UserProfile { TimeZoneId = "Asia/Tehran", TimeZoneConfirmed = true });
        await store.SaveAsync(state, CancellationToken.None);
        var bot = new ConversationHarness((turn, s, ct) => runner.RunAsync(turn, s, "control", ct), store, time);

        (await bot.SendAsync("hi"))
            .AssertReplyContains("There are no objectives yet")
            .AssertReply("When shall I check in each week for your KPI numbers? The default is Friday 17:30 (\u200EAsia/Tehran\u200E).")
            .WithSuggestedActions("Friday 17:30", "Change time zone");
        (await bot.SendAsync("10:00")).AssertReply("Weekly check-in: Friday 10:00 (\u200EAsia/Tehran\u200E).");

        var control = (await ObjectiveTestKit.PlanAsync(store)).Control;
        Assert.Equal((DayOfWeek.Friday, new TimeOnly(10, 0)), (control.CheckInDay, control.CheckInTime));
    }

    private static ServiceProvider Services(TimeProvider time) =>
        new ServiceCollection().AddLogging().AddSingleton(time).AddInterview().BuildServiceProvider();
}
