using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using StrategyBot.App.CheckIns;
using StrategyBot.App.Conversation;
using StrategyBot.App.Interview;
using StrategyBot.App.Interview.Objectives;
using StrategyBot.BotFramework.Dialogs;
using StrategyBot.BotFramework.State;
using StrategyBot.Domain.Planning;
using StrategyBot.Testing;

namespace StrategyBot.App.Tests.Interview;

/// <summary>
/// Builds conversation harnesses over the interview's real dialog set (as AddInterview builds it) with hand-written
/// stand-ins for the teammates' "objectives" and "control" steps, and reads the saved plan back from the store.
/// </summary>
internal static class InterviewHarness
{
    public static readonly DateTimeOffset Start = new(2027, 3, 1, 9, 0, 0, TimeSpan.Zero);

    public static ConversationHarness Create(
        IStateStore? store = null, FakeTimeProvider? time = null, string locale = "en-US", bool withStandIns = true, params Dialog[] extra)
    {
        time ??= new FakeTimeProvider(Start);
        var dialogs = InterviewDialogs.Create(time, NullLoggerFactory.Instance);
        if (withStandIns)
        {
            dialogs.Add(new FakeObjectivesDialog());
            dialogs.Add(new FakeControlDialog());
        }

        foreach (var dialog in extra)
        {
            dialogs.Add(dialog);
        }

        var runner = new DialogRunner(dialogs, NullLogger<DialogRunner>.Instance);
        return new ConversationHarness((turn, state, ct) => runner.RunAsync(turn, state, PlanInterviewDialog.DialogId, ct), store, time)
        {
            Locale = locale,
        };
    }

    /// <summary>A harness over the real interview, with the real Objectives, Control and quick-capture dialogs.</summary>
    public static ConversationHarness CreateWithObjectives(IStateStore? store = null, string locale = "en-US")
    {
        var time = new FakeTimeProvider(Start);
        var objectives = new DialogSet();
        ObjectiveDialogs.Register(objectives, time, NullLogger.Instance, new CheckInOptions());
        return Create(store, time, locale, withStandIns: false, [.. objectives.Dialogs]);
    }

    /// <summary>The plan as stored after the last turn.</summary>
    public static async Task<MarketingPlan> PlanAsync(this ConversationHarness harness)
    {
        ArgumentNullException.ThrowIfNull(harness);
        return TurnState.Of(await harness.Store.LoadAsync(harness.Scope, CancellationToken.None)).Plan;
    }

    /// <summary>The raw stored state after the last turn.</summary>
    public static Task<StateSet> StateAsync(this ConversationHarness harness)
    {
        ArgumentNullException.ThrowIfNull(harness);
        return harness.Store.LoadAsync(harness.Scope, CancellationToken.None);
    }
}
