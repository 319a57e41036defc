using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using StrategyBot.BotFramework.Protocol;
using StrategyBot.Testing;

namespace StrategyBot.BotFramework.Tests.Protocol;

/// <summary>
/// The connector client exactly as <c>AddBotFramework</c> registers it (token handler, retry pipeline), with the
/// network replaced by a <see cref="RecordingHttpHandler"/>, MSAL by a fake, and time by a recording fake clock.
/// </summary>
internal sealed class ConnectorHarness : IDisposable
{
    private readonly ServiceProvider _services;

    public ConnectorHarness(IReadOnlyDictionary<string, string?>? settings = null, bool withAppId = true, string environment = "Development")
    {
        var configuration = new Dictionary<string, string?>();
        if (withAppId)
        {
            configuration["Bot:AppId"] = TestTokens.AppId;
            configuration["Bot:AppSecret"] = TestTokens.AppSecret;
        }

        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            configuration[key] = value;
        }

        var services = new ServiceCollection();
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Debug).AddFakeLogging());
        services.AddSingleton<IHostEnvironment>(new HostingEnvironment { EnvironmentName = environment });
        services.AddBotFramework(new ConfigurationBuilder().AddInMemoryCollection(configuration).Build());
        services.AddSingleton<IConnectorTokenSource>(Tokens);
        services.AddSingleton<TimeProvider>(Time);
        services.AddHttpClient(ConnectorClient.HttpClientName).ConfigurePrimaryHttpMessageHandler(() => Connector);
        _services = services.BuildServiceProvider(validateScopes: true);
    }

    public RecordingHttpHandler Connector { get; } = new();

    public FakeConnectorTokenSource Tokens { get; } = new();

    public TimerRecordingTimeProvider Time { get; } = new();

    public ConnectorClient Client => _services.GetRequiredService<ConnectorClient>();

    public TrustedServiceUrls TrustedServiceUrls => _services.GetRequiredService<TrustedServiceUrls>();

    public FakeLogCollector Logs => _services.GetFakeLogCollector();

    /// <summary>
    /// Waits for the <paramref name="count"/>-th retry delay and lets it pass. Retry delays are the finite timers
    /// shorter than an attempt timeout; cancellation sources also create idle timers with an infinite due time.
    /// </summary>
    public async Task<TimeSpan> ElapseRetryDelayAsync(int count)
    {
        var due = await Time.WaitForTimerAsync(d => d > TimeSpan.Zero && d < ConnectorResilience.AttemptTimeout, count).WaitAsync(TimeSpan.FromSeconds(30));
        Time.Advance(due);
        return due;
    }

    public void Dispose() => _services.Dispose();
}
