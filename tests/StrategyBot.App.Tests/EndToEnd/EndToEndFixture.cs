using StrategyBot.Testing;

namespace StrategyBot.App.Tests.EndToEnd;

/// <summary>
/// Azurite plus StrategyBot as a real process, shared by the end-to-end tests of one class. Each test starts its own
/// Playground with its own user, so tests never see each other's state; table names are unique too, so the same
/// tests can run against a shared external Table endpoint (STRATEGYBOT_TEST_STORAGE). Scripted users answer the
/// moment a turn is over, far faster than the per-user limit of 10 messages per 10 seconds a person can reach, so the
/// limit is raised here; it has its own tests in Trust/. The scheduler polls every second (and the index has few
/// partitions), so a check-in a test makes due through <see cref="CheckInSeeder"/> goes out within a second or two.
/// </summary>
public sealed class EndToEndFixture : IAsyncLifetime, IAsyncDisposable
{
    /// <summary>The scheduler's index partitions in the bot process; a seeder must write rows to the same ones.</summary>
    public const int IndexShards = 2;

    private readonly AzuriteFixture _storage = new();
    private BotProcess? _bot;
    private bool _disposed;

    /// <summary>The running bot.</summary>
    public BotProcess Bot => _bot ?? throw new InvalidOperationException("The end-to-end fixture has not started.");

    /// <summary>The storage connection string the bot uses.</summary>
    public string StorageConnectionString => _storage.ConnectionString;

    /// <summary>The bot's state table (one partition per user scope).</summary>
    public string StateTable { get; } = AzuriteFixture.NewTableName("e2estate");

    /// <summary>The bot's check-in history table.</summary>
    public string CheckInsTable { get; } = AzuriteFixture.NewTableName("e2echeckins");

    /// <summary>The bot's due-time index of check-ins.</summary>
    public string ScheduleTable { get; } = AzuriteFixture.NewTableName("e2eschedule");

    public async Task InitializeAsync()
    {
        await _storage.InitializeAsync();
        _bot = new BotProcess(
            _storage.ConnectionString,
            new Dictionary<string, string?>
            {
                ["Storage__StateTable"] = StateTable,
                ["Storage__CheckInsTable"] = CheckInsTable,
                ["Storage__ScheduleTable"] = ScheduleTable,
                ["RateLimiting__PermitLimit"] = "10000",
                ["CheckIns__PollInterval"] = "00:00:01",
                ["CheckIns__IndexShards"] = IndexShards.ToString(System.Globalization.CultureInfo.InvariantCulture),
            });
        await _bot.StartAsync();
    }

    /// <summary>A Playground for a fresh user, pointed at the bot; <paramref name="timeZone"/> is the client's zone (UTC when null).</summary>
    public Task<PlaygroundSession> StartPlaygroundAsync(string? timeZone = null) =>
        PlaygroundSession.StartAsync(Bot.MessagesEndpoint, timeZone: timeZone);

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
