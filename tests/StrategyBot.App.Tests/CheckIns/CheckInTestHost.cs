using System.Text.Json.Nodes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using StrategyBot.App.CheckIns;
using StrategyBot.App.Conversation;
using StrategyBot.App.Localization;
using StrategyBot.BotFramework;
using StrategyBot.BotFramework.Protocol;
using StrategyBot.BotFramework.State;
using StrategyBot.Domain.Planning;
using StrategyBot.Testing;

namespace StrategyBot.App.Tests.CheckIns;

/// <summary>
/// The check-in parts wired as AddCheckIns wires them, with the real connector pipeline over a
/// <see cref="RecordingHttpHandler"/>, a fake clock, and in-memory state, history and index (or the ones passed in).
/// </summary>
internal sealed class CheckInTestHost : IDisposable
{
    private readonly ServiceProvider _services;

    public CheckInTestHost(
        DateTimeOffset start,
        IStateStore? store = null,
        IScheduleIndex? index = null,
        ICheckInHistory? history = null,
        FakeTimeProvider? time = null,
        RecordingHttpHandler? connector = null,
        Action<CheckInOptions>? configure = null)
    {
        Time = time ?? new FakeTimeProvider(start);
        Store = store ?? new InMemoryStateStore();
        Index = index ?? new InMemoryScheduleIndex();
        History = history ?? new InMemoryCheckInHistory();
        Connector = connector ?? new RecordingHttpHandler();
        var options = new CheckInOptions { PollInterval = TimeSpan.FromMinutes(1) };
        configure?.Invoke(options);

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Bot:AppId"] = TestTokens.AppId,
            ["Bot:AppSecret"] = TestTokens.AppSecret,
            ["Bot:MaxRetryAttempts"] = "0",
        }).Build();
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Debug));
        services.AddSingleton<IHostEnvironment>(new HostingEnvironment { EnvironmentName = Environments.Development });
        services.AddBotFramework(configuration);
        services.AddSingleton<IConnectorTokenSource, StaticTokenSource>();
        services.AddSingleton<TimeProvider>(Time);
        services.AddHttpClient(ConnectorClient.HttpClientName).ConfigurePrimaryHttpMessageHandler(() => Connector);
        services.AddSingleton(Options.Create(options));
        services.AddSingleton(Store);
        services.AddSingleton(Index);
        services.AddSingleton(History);
        services.AddSingleton(new CheckInRules(options));
        services.AddSingleton<CheckInMetrics>();
        services.AddSingleton<ProactiveSender>();
        services.AddSingleton<ScheduleSync>();
        services.AddSingleton<CheckInCommandRunner>();
        services.AddSingleton<CheckInTurnHandler>();
        services.AddSingleton<DueCheckInProcessor>();
        services.AddSingleton<CheckInDispatcher>();
        services.AddSingleton<WeeklyCheckInService>();
        _services = services.BuildServiceProvider();
    }

    public FakeTimeProvider Time { get; }

    public IStateStore Store { get; }

    public IScheduleIndex Index { get; }

    public ICheckInHistory History { get; }

    public RecordingHttpHandler Connector { get; }

    public CheckInTurnHandler Handler => _services.GetRequiredService<CheckInTurnHandler>();

    public CheckInDispatcher Dispatcher => _services.GetRequiredService<CheckInDispatcher>();

    public CheckInMetrics Metrics => _services.GetRequiredService<CheckInMetrics>();

    public WeeklyCheckInService Service => _services.GetRequiredService<WeeklyCheckInService>();

    public static StateScope Scope { get; } = TurnScope.From(Activities.Message("scope"))!;

    /// <summary>Stores a user with the plan, a conversation reference and a profile, and starts their schedule as a turn would.</summary>
    public Task<StateSet> SeedUserAsync(MarketingPlan plan, string locale = "en-US", string? localTimezone = null)
    {
        var hello = Activities.Message("hello");
        hello.Locale = locale;
        return SeedUserAsync(plan, hello, localTimezone);
    }

    /// <summary>Stores the user <paramref name="hello"/> came from (its tenant and sender make the scope).</summary>
    public async Task<StateSet> SeedUserAsync(MarketingPlan plan, Activity hello, string? localTimezone = null)
    {
        var locale = hello.Locale ?? "en-US";
        var state = await Store.LoadAsync(TurnScope.From(hello)!, CancellationToken.None);
        TurnState.Of(state).SavePlan(plan);
        TurnState.Of(state).UpdateProfile(_ => new UserProfile { LastLocale = locale, TimeZoneId = localTimezone });
        TurnState.Of(state).SaveReference(ConversationReference.FromActivity(hello));
        await Handler.SyncScheduleAsync(new TurnContext(hello), state, Languages.FromLocale(locale), CancellationToken.None);
        await Store.SaveAsync(state, CancellationToken.None);
        return state;
    }

    /// <summary>Runs one turn as the pipeline does: load, handler, schedule sync, save. Returns the context with its outbox.</summary>
    public async Task<(TurnContext Turn, bool Handled)> TurnAsync(Activity activity, string locale = "en-US")
    {
        activity.Locale = locale;
        var turn = new TurnContext(activity);
        var state = await Store.LoadAsync(Scope, CancellationToken.None);
        var language = Languages.FromLocale(locale);
        var handled = await Handler.TryHandleAsync(turn, state, language, CancellationToken.None);
        await Handler.SyncScheduleAsync(turn, state, language, CancellationToken.None);
        await Store.SaveAsync(state, CancellationToken.None);
        return (turn, handled);
    }

    public Task<(TurnContext Turn, bool Handled)> SayAsync(string text, string locale = "en-US") => TurnAsync(Activities.Message(text), locale);

    public Task<(TurnContext Turn, bool Handled)> SubmitAsync(JsonObject value, string locale = "en-US") => TurnAsync(Activities.CardSubmit(value), locale);

    public async Task<CheckInState> CheckInStateAsync() => TurnState.Of(await Store.LoadAsync(Scope, CancellationToken.None)).CheckIns;

    /// <summary>Moves the clock to <paramref name="instant"/> and runs one scheduler tick; returns the messages sent during it.</summary>
    public async Task<IReadOnlyList<RecordedRequest>> TickAtAsync(DateTimeOffset instant)
    {
        if (instant > Time.GetUtcNow())
        {
            Time.SetUtcNow(instant);
        }

        var before = Connector.Requests.Count;
        await Dispatcher.RunOnceAsync(CancellationToken.None);
        return [.. Connector.Requests.Skip(before)];
    }

    public void Dispose() => _services.Dispose();
}
