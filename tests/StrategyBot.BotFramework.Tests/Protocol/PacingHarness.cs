using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Logging;
using StrategyBot.BotFramework.Protocol;
using StrategyBot.Testing;
using Activity = StrategyBot.BotFramework.Protocol.Activity;

namespace StrategyBot.BotFramework.Tests.Protocol;

/// <summary>
/// The connector client exactly as <c>AddBotFramework</c> registers it (retry, token and pacing handlers) at a given
/// pace per tenant, over a <see cref="ThrottlingConnectorHandler"/> and a <see cref="ParkingTimeProvider"/>. Sends
/// start on the thread pool; <see cref="RunAsync"/> moves the clock only while every send is parked. Disposing
/// cancels the sends still queued first: the retry pipeline's disposal waits for its running executions.
/// </summary>
internal sealed class PacingHarness : IAsyncDisposable
{
    public const string ServiceUrl = "https://smba.trafficmanager.net/emea/";

    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private readonly ServiceProvider _services;
    private readonly CancellationTokenSource _shutdown = new();
    private readonly List<Task> _started = [];

    public PacingHarness(double sendsPerSecondPerTenant, Func<string, int, bool>? throttle = null, TimeSpan? retryAfter = null)
    {
        Time = new ParkingTimeProvider(new DateTimeOffset(2027, 3, 22, 8, 0, 0, TimeSpan.Zero));
        Connector = new ThrottlingConnectorHandler(Time, throttle) { RetryAfter = retryAfter ?? TimeSpan.FromSeconds(1) };
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Bot:AppId"] = TestTokens.AppId,
            ["Bot:AppSecret"] = TestTokens.AppSecret,
            ["Bot:MaxRetryAttempts"] = "4",
        }).Build();

        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IHostEnvironment>(new HostingEnvironment { EnvironmentName = Environments.Development });
        services.AddBotFramework(configuration);
        services.Configure<ProactivePacingOptions>(options => options.SendsPerSecondPerTenant = sendsPerSecondPerTenant);
        services.AddSingleton<IConnectorTokenSource>(new FakeConnectorTokenSource());
        services.AddSingleton<TimeProvider>(Time);
        services.AddHttpClient(ConnectorClient.HttpClientName).ConfigurePrimaryHttpMessageHandler(() => Connector);
        _services = services.BuildServiceProvider(validateScopes: true);
    }

    public ParkingTimeProvider Time { get; }

    public ThrottlingConnectorHandler Connector { get; }

    public ConnectorClient Client => _services.GetRequiredService<ConnectorClient>();

    public TenantSendPacer Pacer => _services.GetRequiredService<TenantSendPacer>();

    /// <summary>The conversation id of user <paramref name="user"/> of <paramref name="tenant"/>.</summary>
    public static string ConversationId(string tenant, int user) => string.Create(CultureInfo.InvariantCulture, $"a:{tenant}-{user}");

    /// <summary>Starts a proactive send to user <paramref name="user"/> of <paramref name="tenant"/> through its reference.</summary>
    public Task<ResourceResponse> SendProactive(string tenant, int user, CancellationToken cancellationToken = default)
    {
        var reference = new ConversationReference
        {
            ServiceUrl = ServiceUrl,
            ChannelId = "msteams",
            Conversation = new ConversationAccount { Id = ConversationId(tenant, user), TenantId = tenant, ConversationType = "personal" },
            TenantId = tenant,
            Bot = new ChannelAccount { Id = "28:bot" },
            User = new ChannelAccount { Id = $"29:{tenant}-{user}" },
        };
        var client = Client;
        var send = Task.Run(
            async () =>
            {
                using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, _shutdown.Token);
                return await client.SendToConversationAsync(reference, new Activity { Text = "Weekly check-in" }, linked.Token);
            },
            CancellationToken.None);
        lock (_started)
        {
            _started.Add(send);
        }

        return send;
    }

    /// <summary>Completes when every send is done, queued for a slot, or waiting out a delay.</summary>
    public async Task SettleAsync(IReadOnlyCollection<Task> sends)
    {
        var watch = Stopwatch.StartNew();
        while (sends.Count(send => send.IsCompleted) + Pacer.Waiting + Time.ArmedDelays != sends.Count)
        {
            if (watch.Elapsed > Patience)
            {
                throw new TimeoutException(
                    $"Sends never settled: {sends.Count(send => send.IsCompleted)} done, {Pacer.Waiting} queued, {Time.ArmedDelays} delayed of {sends.Count}.");
            }

            await Task.Yield();
        }
    }

    /// <summary>Moves the clock in <paramref name="step"/>s, each time once all sends are parked, until all are done.</summary>
    public async Task RunAsync(IReadOnlyCollection<Task> sends, TimeSpan step, TimeSpan limit)
    {
        var end = Time.GetUtcNow() + limit;
        while (true)
        {
            await SettleAsync(sends);
            if (sends.All(send => send.IsCompleted))
            {
                await Task.WhenAll(sends);
                return;
            }

            Assert.True(Time.GetUtcNow() < end, $"Sends still pending after {limit} of fake time.");
            Time.Advance(step);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _shutdown.CancelAsync();
        Task[] started;
        lock (_started)
        {
            started = [.. _started];
        }

        // WhenAny waits for them all to end without rethrowing their cancellations.
        await Task.WhenAny(Task.WhenAll(started));
        await _services.DisposeAsync();
        _shutdown.Dispose();
    }
}
