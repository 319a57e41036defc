using System.Net.Http.Headers;
using System.Text;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Time.Testing;
using StrategyBot.App.CheckIns;
using StrategyBot.App.Privacy;
using StrategyBot.App.Storage;
using StrategyBot.App.Tests.CheckIns;
using StrategyBot.BotFramework.Protocol;
using StrategyBot.BotFramework.State;
using StrategyBot.Testing;

namespace StrategyBot.App.Tests.Trust;

/// <summary>
/// The whole app (Program, WebApplicationFactory) in memory: the real endpoint, authentication, pipeline, interview,
/// privacy and rate limit. Storage is Azurite on tables of its own, or an in-memory store; channel tokens are checked
/// against a loopback OpenID server, or the host runs anonymously like the local Playground. The connector is a
/// <see cref="RecordingHttpHandler"/> and time is a <see cref="FakeTimeProvider"/>, so every reply is recorded before
/// the POST returns and nothing waits on the clock.
/// </summary>
internal sealed class TrustHost : IAsyncDisposable
{
    private WebApplicationFactory<Program> _factory = null!;

    private TrustHost(string? metadataUrl, TableNames tables)
    {
        MetadataUrl = metadataUrl;
        Tables = tables;
    }

    public HttpClient Client { get; private set; } = null!;

    public RecordingHttpHandler Connector { get; } = new();

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2027, 3, 1, 9, 0, 0, TimeSpan.Zero));

    public IServiceProvider Services => _factory.Services;

    public FakeLogCollector Logs => Services.GetFakeLogCollector();

    public string? MetadataUrl { get; }

    public TableNames Tables { get; }

    /// <summary>
    /// Starts the app. <paramref name="storage"/> null means an in-memory state store; <paramref name="metadataUrl"/>
    /// null means anonymous loopback mode (Development, no app id).
    /// </summary>
    public static TrustHost Start(
        string? storage, string? metadataUrl, IReadOnlyDictionary<string, string?>? settings = null, Action<IServiceCollection>? configureServices = null)
    {
        var tables = new TableNames(
            AzuriteFixture.NewTableName("truststate"), AzuriteFixture.NewTableName("trustcheckins"), AzuriteFixture.NewTableName("trustschedule"));
        var values = new Dictionary<string, string?>
        {
            ["Bot:AppId"] = metadataUrl is null ? string.Empty : TestTokens.AppId,
            ["Bot:AppSecret"] = metadataUrl is null ? string.Empty : TestTokens.AppSecret,
            ["Storage:ConnectionString"] = storage ?? "UseDevelopmentStorage=true",
            ["Storage:StateTable"] = tables.State,
            ["Storage:CheckInsTable"] = tables.CheckIns,
            ["Storage:ScheduleTable"] = tables.Schedule,
            ["Privacy:PublicBaseUrl"] = "http://localhost/",
            ["Telemetry:AzureMonitorConnectionString"] = string.Empty,
        };
        if (metadataUrl is not null)
        {
            values["Bot:OpenIdMetadataUrl"] = metadataUrl;
        }

        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }

        var host = new TrustHost(metadataUrl, tables);
        host._factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseEnvironment(metadataUrl is null ? "Development" : "Production");
            builder.ConfigureAppConfiguration((_, configuration) => configuration.AddInMemoryCollection(values));
            builder.ConfigureLogging(logging => logging.ClearProviders().SetMinimumLevel(LogLevel.Debug).AddFakeLogging());
            builder.ConfigureTestServices(services =>
            {
                services.AddSingleton<IStartupFilter, LoopbackCallerFilter>();
                services.AddSingleton<TimeProvider>(_ => host.Time);
                services.AddSingleton<IConnectorTokenSource, FixedTokenSource>();
                services.AddHttpClient(ConnectorClient.HttpClientName).ConfigurePrimaryHttpMessageHandler(() => host.Connector);
                if (storage is null)
                {
                    // Everything in memory: no turn may reach for a storage endpoint that is not there.
                    services.RemoveAll<IStateStore>();
                    services.AddSingleton<IStateStore, InMemoryStateStore>();
                    services.RemoveAll<IScheduleIndex>();
                    services.AddSingleton<IScheduleIndex>(new InMemoryScheduleIndex());
                    services.RemoveAll<ICheckInHistory>();
                    services.AddSingleton<ICheckInHistory>(new InMemoryCheckInHistory());
                    services.RemoveAll<IUserDataSource>();
                    services.RemoveAll<IHostedService>();
                }

                configureServices?.Invoke(services);
            });
        });
        host.Client = host._factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        return host;
    }

    /// <summary>Posts an activity; signed with a valid channel token when the host checks tokens.</summary>
    public Task<HttpResponseMessage> PostAsync(Activity activity) =>
        PostRawAsync(Activities.ToJson(activity), MetadataUrl is null ? null : TestTokens.CreateChannelToken(activity.ServiceUrl));

    /// <summary>Posts any body to the messaging endpoint, with an optional bearer token.</summary>
    public async Task<HttpResponseMessage> PostRawAsync(string body, string? token = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = new ByteArrayContent(Encoding.UTF8.GetBytes(body)) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return await Client.SendAsync(request);
    }

    /// <summary>The replies the bot posted since <paramref name="from"/> requests had been recorded.</summary>
    public IReadOnlyList<Activity> RepliesFrom(int from) =>
        [.. Connector.Requests.Skip(from).Select(r => TrustJson.ReadActivity(r.Body))];

    public bool Logged(int eventId) => Logs.GetSnapshot().Any(r => r.Id.Id == eventId);

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();

        // A fake clock must run while the host disposes (see FakeClockShutdown).
        await Time.LetTimeRunUntilAsync(_factory.DisposeAsync().AsTask());
    }
}
