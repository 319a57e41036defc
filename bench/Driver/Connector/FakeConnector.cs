using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace StrategyBot.Bench.Connector;

/// <summary>
/// A fast stand-in for the Bot Connector on loopback: accepts POST v3/conversations/{id}/activities[/{replyTo}] with
/// 201 {"id":…}, PUT (update) with 200, and answers a configurable fraction of calls 429 with Retry-After: 1, as
/// Teams does when a bot goes over its rate (docs/bot-protocol.md#rate-limits). It records every accepted activity per
/// conversation, so the driver can wait for a turn's reply and the fan-out can count duplicates.
/// </summary>
internal sealed class FakeConnector : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, ConversationLog> _conversations = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<ConnectorRequest> _requests = new();

    // Seeded, so the same share of calls is throttled in every run.
    private readonly Random _random = new(20261126);
    private readonly Lock _randomLock = new();
    private long _ids;
    private long _throttled;

    private FakeConnector(WebApplication app) => _app = app;

    /// <summary>For example http://127.0.0.1:40123/ — the serviceUrl every activity of the bench names.</summary>
    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>The share of activity calls answered 429 (0 for the interview runs, 0.05 for the fan-out).</summary>
    public double ThrottleFraction { get; set; }

    /// <summary>Keep each accepted activity's JSON (the explore mode and reply checks read it).</summary>
    public bool KeepBodies { get; set; } = true;

    public long Throttled => Interlocked.Read(ref _throttled);

    public long Accepted => Interlocked.Read(ref _ids);

    public IReadOnlyCollection<ConnectorRequest> Requests => _requests;

    public IEnumerable<KeyValuePair<string, ConversationLog>> Conversations => _conversations;

    public static async Task<FakeConnector> StartAsync(CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var connector = new FakeConnector(app);
        app.MapPost("/v3/conversations/{conversationId}/activities/{replyToId?}", connector.OnActivityAsync);
        app.MapPut("/v3/conversations/{conversationId}/activities/{activityId}", connector.OnUpdateAsync);
        await app.StartAsync(cancellationToken);
        connector.BaseAddress = new Uri(app.Urls.First().TrimEnd('/') + "/");
        return connector;
    }

    public ConversationLog Conversation(string conversationId) => _conversations.GetOrAdd(conversationId, _ => new ConversationLog());

    /// <summary>Forgets everything recorded, between runs.</summary>
    public void Reset()
    {
        _conversations.Clear();
        _requests.Clear();
        Interlocked.Exchange(ref _throttled, 0);
        Interlocked.Exchange(ref _ids, 0);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task OnActivityAsync(HttpContext context, string conversationId, string? replyToId)
    {
        var now = Stopwatch.GetTimestamp();
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync(context.RequestAborted);
        if (ShouldThrottle())
        {
            _requests.Enqueue(new ConnectorRequest(now, conversationId, StatusCodes.Status429TooManyRequests));
            Interlocked.Increment(ref _throttled);
            context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
            context.Response.Headers.RetryAfter = "1";
            return;
        }

        _requests.Enqueue(new ConnectorRequest(now, conversationId, StatusCodes.Status201Created));
        Conversation(conversationId).Add(new ConnectorReply(now, replyToId, KeepBodies ? body : null));
        await WriteIdAsync(context, StatusCodes.Status201Created);
    }

    private async Task OnUpdateAsync(HttpContext context, string conversationId, string activityId)
    {
        _requests.Enqueue(new ConnectorRequest(Stopwatch.GetTimestamp(), conversationId, StatusCodes.Status200OK));
        await WriteIdAsync(context, StatusCodes.Status200OK);
    }

    private async Task WriteIdAsync(HttpContext context, int status)
    {
        var id = "reply-" + Interlocked.Increment(ref _ids).ToString(CultureInfo.InvariantCulture);
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json; charset=utf-8";
        await context.Response.WriteAsync("{\"id\":\"" + id + "\"}", context.RequestAborted);
    }

    private bool ShouldThrottle()
    {
        var fraction = ThrottleFraction;
        if (fraction <= 0)
        {
            return false;
        }

        lock (_randomLock)
        {
            return _random.NextDouble() < fraction;
        }
    }
}
