using StrategyBot.Testing;

namespace StrategyBot.App.Tests.EndToEnd;

/// <summary>
/// Azurite plus StrategyBot as a real process, shared by the end-to-end tests of one class. Each test starts its own
/// Playground with its own user, so tests never see each other's state; table names are unique too, so the same
/// tests can run against a shared external Table endpoint (STRATEGYBOT_TEST_STORAGE). Scripted users answer the
/// moment a turn is over, far faster than the per-user limit of 10 messages per 10 seconds a person can reach, so the
/// limit is raised here; it has its own tests in Trust/.
/// </summary>
public sealed class EndToEndFixture : IAsyncLifetime, IAsyncDisposable
{
    private readonly AzuriteFixture _storage = new();
    private BotProcess? _bot;
    private bool _disposed;

    /// <summary>The running bot.</summary>
    public BotProcess Bot => _bot ?? throw new InvalidOperationException("The end-to-end fixture has not started.");

    public async Task InitializeAsync()
    {
        await _storage.InitializeAsync();
        _bot = new BotProcess(
            _storage.ConnectionString,
            new Dictionary<string, string?>
            {
                ["Storage__StateTable"] = AzuriteFixture.NewTableName("e2estate"),
                ["Storage__CheckInsTable"] = AzuriteFixture.NewTableName("e2echeckins"),
                ["Storage__ScheduleTable"] = AzuriteFixture.NewTableName("e2eschedule"),
                ["RateLimiting__PermitLimit"] = "10000",
            });
        await _bot.StartAsync();
    }

    /// <summary>A Playground for a fresh user, pointed at the bot.</summary>
    public Task<PlaygroundSession> StartPlaygroundAsync() => PlaygroundSession.StartAsync(Bot.MessagesEndpoint);

    public async Task DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        if (_bot is not null)
        {
            await _bot.DisposeAsync();
        }

        await _storage.DisposeAsync();
    }

    ValueTask IAsyncDisposable.DisposeAsync() => new(DisposeAsync());
}
