using StrategyBot.Testing;

namespace StrategyBot.App.Tests.EndToEnd;

/// <summary>
/// Azurite plus StrategyBot as a real process for <see cref="FullInterviewTests"/>: like <see cref="EndToEndFixture"/>,
/// but with a per-user message limit a scripted user cannot hit. The script answers each question the moment the
/// previous turn is over, far faster than the default 10 messages per 10 seconds a person can reach; the limit itself
/// has its own tests.
/// </summary>
public sealed class FullInterviewFixture : IAsyncLifetime, IAsyncDisposable
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
                ["Storage__StateTable"] = AzuriteFixture.NewTableName("fullstate"),
                ["Storage__CheckInsTable"] = AzuriteFixture.NewTableName("fullcheckins"),
                ["Storage__ScheduleTable"] = AzuriteFixture.NewTableName("fullschedule"),
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
