using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using StrategyBot.App.CheckIns;
using StrategyBot.App.MessageExtensions;
using StrategyBot.App.Storage;
using StrategyBot.App.Tests.CheckIns;
using StrategyBot.BotFramework.Dialogs;
using StrategyBot.BotFramework.Dialogs.Prompts;
using StrategyBot.BotFramework.Protocol;
using StrategyBot.BotFramework.State;
using StrategyBot.Testing;

namespace StrategyBot.App.Tests.Pipeline;

/// <summary>
/// The real turn pipeline (handler, router, runner) over a flaky in-memory store, with a two-question stand-in for
/// the interview so these tests pin the pipeline's behaviour, not the interview's.
/// </summary>
internal sealed class PipelineHost
{
    public PipelineHost()
        : this(store: null)
    {
    }

    /// <summary>A host over <paramref name="store"/> (for example a table store with its cache) instead of <see cref="Inner"/>.</summary>
    public PipelineHost(IStateStore? store)
    {
        Store = new FlakyStateStore(store ?? Inner);
        Metrics = new TurnStorageMetrics(MeterFactory);
        var dialogs = new DialogSet(
            new WaterfallDialog(ActivityRouter.RootDialogId,
            [
                new("askBusiness", (step, ct) => step.PromptAsync("text", new PromptOptions { Text = "What does your business sell?" }, ct)),
                new("askAudience", (step, ct) =>
                {
                    step.Values["business"] = step.Result as string;
                    return step.PromptAsync("text", new PromptOptions { Text = "Who buys it?" }, ct);
                }),
                new("done", (step, ct) =>
                {
                    step.Values["audience"] = step.Result as string;
                    step.Turn.SendText("Thanks, that's all.");
                    return step.EndDialogAsync(null, ct);
                }),
            ]),
            new TextPrompt("text"));
        var runner = new DialogRunner(dialogs, new HarnessLogger<DialogRunner>());
        var checkInOptions = Options.Create(new CheckInOptions());
        var schedule = new ScheduleSync(new InMemoryScheduleIndex(), checkInOptions, Time, new HarnessLogger<ScheduleSync>());
        var rules = new CheckInRules(checkInOptions.Value);
        var checkIns = new CheckInTurnHandler(
            History,
            schedule,
            rules,
            new CheckInCommandRunner(History, schedule, rules, Time, new HarnessLogger<CheckInCommandRunner>()),
            Time,
            new HarnessLogger<CheckInTurnHandler>());
        var messageExtensions = new MessageExtensionHandler(History, Time, new HarnessLogger<MessageExtensionHandler>());
        var router = new ActivityRouter(runner, checkIns, Time, new HarnessLogger<ActivityRouter>(), messageExtensions);
        Handler = new StrategyBotHandler(Store, router, Metrics, Logger);
    }

    public InMemoryStateStore Inner { get; } = new();

    /// <summary>The check-in history both the check-ins and the message extension's progress read.</summary>
    public InMemoryCheckInHistory History { get; } = new();

    public IMeterFactory MeterFactory { get; } =
        new ServiceCollection().AddMetrics().BuildServiceProvider().GetRequiredService<IMeterFactory>();

    public TurnStorageMetrics Metrics { get; }

    public FlakyStateStore Store { get; }

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 11, 26, 9, 0, 0, TimeSpan.Zero));

    public HarnessLogger<StrategyBotHandler> Logger { get; } = new();

    public StrategyBotHandler Handler { get; }

    public static StateScope Scope => StateScope.ForUser(Activities.TenantId, Activities.UserAadObjectId);

    public async Task<TurnContext> SendAsync(Activity activity)
    {
        var turn = new TurnContext(activity);
        await Handler.OnTurnAsync(turn, CancellationToken.None);
        return turn;
    }

    public Task<TurnContext> SayAsync(string text) => SendAsync(Activities.Message(text));

    public Task<StateSet> LoadAsync() => Inner.LoadAsync(Scope, CancellationToken.None);
}
