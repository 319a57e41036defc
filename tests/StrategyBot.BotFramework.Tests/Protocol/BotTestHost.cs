using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using StrategyBot.BotFramework.Protocol;
using StrategyBot.Testing;

namespace StrategyBot.BotFramework.Tests.Protocol;

/// <summary>
/// The real endpoint and services on an in-memory TestServer: the caller's address is set per host (so "remote"
/// callers need no traffic to other addresses), the connector is a <see cref="RecordingHttpHandler"/>, tokens are
/// faked, time is a <see cref="TimerRecordingTimeProvider"/>, and logs are collected.
/// </summary>
internal sealed class BotTestHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private BotTestHost(WebApplication app, HttpClient client, RecordingHttpHandler connector, FakeConnectorTokenSource tokens, TimerRecordingTimeProvider time)
    {
        _app = app;
        Client = client;
        Connector = connector;
        Tokens = tokens;
        Time = time;
    }

    public HttpClient Client { get; }

    public RecordingHttpHandler Connector { get; }

    public FakeConnectorTokenSource Tokens { get; }

    public TimerRecordingTimeProvider Time { get; }

    public IServiceProvider Services => _app.Services;

    public FakeLogCollector Logs => _app.Services.GetFakeLogCollector();

    /// <summary>Starts a host. With <paramref name="metadataUrl"/> it validates channel tokens; without, it has no app id.</summary>
    public static async Task<BotTestHost> StartAsync(
        IBot bot,
        string? metadataUrl = null,
        string environment = "Development",
        IPAddress? remoteAddress = null,
        IReadOnlyDictionary<string, string?>? settings = null)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { EnvironmentName = environment });
        builder.WebHost.UseTestServer();
        var configuration = new Dictionary<string, string?>();
        if (metadataUrl is not null)
        {
            configuration["Bot:AppId"] = TestTokens.AppId;
            configuration["Bot:AppSecret"] = TestTokens.AppSecret;
            configuration["Bot:OpenIdMetadataUrl"] = metadataUrl;
        }

        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            configuration[key] = value;
        }

        builder.Configuration.AddInMemoryCollection(configuration);
        builder.Logging.ClearProviders().SetMinimumLevel(LogLevel.Debug).AddFakeLogging();

        var connector = new RecordingHttpHandler();
        var tokens = new FakeConnectorTokenSource();
        var time = new TimerRecordingTimeProvider();
        builder.Services.AddBotFramework(builder.Configuration);
        builder.Services.AddSingleton(bot);
        builder.Services.AddSingleton<IConnectorTokenSource>(tokens);
        builder.Services.AddSingleton<TimeProvider>(time);
        builder.Services.AddHttpClient(ConnectorClient.HttpClientName).ConfigurePrimaryHttpMessageHandler(() => connector);

        var app = builder.Build();
        var caller = remoteAddress ?? IPAddress.Loopback;
        app.Use((context, next) =>
        {
            context.Connection.RemoteIpAddress = caller;
            return next(context);
        });
        app.MapBotEndpoint();
        await app.StartAsync();
        return new BotTestHost(app, app.GetTestClient(), connector, tokens, time);
    }

    /// <summary>Posts an activity, with a bearer token when one is given.</summary>
    public Task<HttpResponseMessage> PostAsync(Activity activity, string? token = null) =>
        PostRawAsync(Activities.ToJson(activity), token);

    /// <summary>Posts any body as JSON.</summary>
    public Task<HttpResponseMessage> PostRawAsync(string body, string? token = null) =>
        PostBytesAsync(Encoding.UTF8.GetBytes(body), token);

    /// <summary>Posts raw bytes as JSON.</summary>
    public async Task<HttpResponseMessage> PostBytesAsync(byte[] body, string? token = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return await Client.SendAsync(request);
    }

    /// <summary>True when a log entry with <paramref name="eventId"/> (and, if given, containing <paramref name="text"/>) was written.</summary>
    public bool Logged(int eventId, string text = "") =>
        Logs.GetSnapshot().Any(record => record.Id.Id == eventId && record.Message.Contains(text, StringComparison.Ordinal));

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();

        // A fake clock must run while the host disposes (see FakeClockShutdown).
        await Time.LetTimeRunUntilAsync(_app.DisposeAsync().AsTask());
    }
}
