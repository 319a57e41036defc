using Microsoft.Extensions.DependencyInjection;
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

namespace StrategyBot.App.Tests.Interview.Objectives;

/// <summary>A clock on 26 November 2026, plans with and without a Situation step, and harnesses over the real dialogs.</summary>
internal static class ObjectiveTestKit
{
    public static readonly DateOnly Today = new(2026, 11, 26);

    public static FakeTimeProvider Clock() => new(new DateTimeOffset(2026, 11, 26, 9, 0, 0, TimeSpan.Zero));

    /// <summary>Sara (Instagram, LinkedIn) and Reza (Telegram); 4,200 Instagram followers and 12,000 weekly reach.</summary>
    public static MarketingPlan PlanWithSituation() => new()
    {
        Id = "plan",
        Situation = new Situation
        {
            BusinessDescription = "Handmade leather bags",
            Personas =
            [
                new Persona { Name = "Sara", Platforms = [Platform.Instagram, Platform.LinkedIn] },
                new Persona { Name = "Reza", Platforms = [Platform.Telegram] },
            ],
            Presence =
            [
                new PlatformPresence { Platform = Platform.Instagram, Followers = 4_200, WeeklyReach = 12_000 },
                new PlatformPresence { Platform = Platform.LinkedIn, Followers = 800 },
            ],
        },
    };

    public static Objective SavedObjective(int number) => new()
    {
        Id = FormattableString.Invariant($"objective-{number}"),
        Text = FormattableString.Invariant($"Objective number {number}"),
        Metric = ObjectiveMetric.Followers,
        Platform = Platform.Instagram,
        Baseline = 4_200,
        Target = 5_000,
        Deadline = new DateOnly(2027, 6, 30),
    };

    public static ConversationHarness Objectives(IStateStore store, FakeTimeProvider time, string locale = "en-US") =>
        new(new ObjectivesDialog(time, NullLogger.Instance), store, time) { Locale = locale };

    /// <summary>The stand-in interview root with quick capture registered beside it, as AddInterview does.</summary>
    public static ConversationHarness Interview(IStateStore store, FakeTimeProvider time, string locale = "en-US")
    {
        var dialogs = new DialogSet();
        ObjectiveDialogs.Register(dialogs, time, NullLogger.Instance, new CheckInOptions());
        return new ConversationHarness(new StandInInterviewDialog(), store, time, [.. dialogs.Dialogs]) { Locale = locale };
    }

    /// <summary>The interview exactly as the app registers it (AddInterview), over <paramref name="store"/>.</summary>
    public static ConversationHarness RealInterview(IStateStore store, FakeTimeProvider time, string locale = "en-US")
    {
        var provider = new ServiceCollection().AddLogging().AddSingleton<TimeProvider>(time).AddInterview().BuildServiceProvider();
        var runner = provider.GetRequiredService<DialogRunner>();
        return new ConversationHarness((turn, state, ct) => runner.RunAsync(turn, state, PlanInterviewDialog.DialogId, ct), store, time) { Locale = locale };
    }

    public static async Task SeedAsync(IStateStore store, MarketingPlan plan, StateScope? scope = null)
    {
        var state = await store.LoadAsync(scope ?? TestScopes.Default, CancellationToken.None);
        TurnState.Of(state).SavePlan(plan);
        await store.SaveAsync(state, CancellationToken.None);
    }

    public static async Task<MarketingPlan> PlanAsync(IStateStore store, StateScope? scope = null) =>
        TurnState.Of(await store.LoadAsync(scope ?? TestScopes.Default, CancellationToken.None)).Plan;

    public static async Task<StateSet> StateAsync(IStateStore store, StateScope? scope = null) =>
        await store.LoadAsync(scope ?? TestScopes.Default, CancellationToken.None);
}
