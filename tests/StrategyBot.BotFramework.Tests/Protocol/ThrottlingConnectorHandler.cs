using System.Net;
using System.Net.Http.Headers;
using System.Text;
using StrategyBot.BotFramework.Protocol;

namespace StrategyBot.BotFramework.Tests.Protocol;

/// <summary>
/// A fake Bot Connector at the HttpMessageHandler level that stamps every attempt with the fake clock and answers 429
/// (with <see cref="RetryAfter"/>) to the attempts <paramref name="throttle"/> picks by conversation and attempt
/// number, 201 to the rest.
/// </summary>
internal sealed class ThrottlingConnectorHandler(TimeProvider time, Func<string, int, bool>? throttle = null) : HttpMessageHandler
{
    private readonly Lock _lock = new();
    private readonly List<ConnectorAttempt> _attempts = [];
    private readonly Dictionary<string, int> _perConversation = new(StringComparer.Ordinal);

    /// <summary>The Retry-After of every 429.</summary>
    public TimeSpan RetryAfter { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>The attempts so far, in arrival order.</summary>
    public IReadOnlyList<ConnectorAttempt> Attempts
    {
        get
        {
            lock (_lock)
            {
                return [.. _attempts];
            }
        }
    }

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var conversationId = ConversationOf(request.RequestUri!);
        request.Options.TryGetValue(ConnectorPacingHandler.TenantKey, out var pacedTenant);
        int attempt;
        lock (_lock)
        {
            attempt = _perConversation.GetValueOrDefault(conversationId) + 1;
            _perConversation[conversationId] = attempt;
            _attempts.Add(new ConnectorAttempt(time.GetUtcNow(), conversationId, attempt, pacedTenant));
        }

        if (throttle?.Invoke(conversationId, attempt) == true)
        {
            var throttled = new HttpResponseMessage(HttpStatusCode.TooManyRequests) { RequestMessage = request };
            throttled.Headers.RetryAfter = new RetryConditionHeaderValue(RetryAfter);
            return Task.FromResult(throttled);
        }

        return Task.FromResult(new HttpResponseMessage(HttpStatusCode.Created)
        {
            RequestMessage = request,
            Content = new StringContent($$"""{"id":"{{conversationId}}/{{attempt}}"}""", Encoding.UTF8, "application/json"),
        });
    }

    // ".../v3/conversations/{id}/activities[/{activityId}]", or ".../v3/conversations" for a new conversation.
    private static string ConversationOf(Uri uri)
    {
        var segments = uri.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var at = Array.IndexOf(segments, "conversations");
        return at >= 0 && at + 1 < segments.Length ? Uri.UnescapeDataString(segments[at + 1]) : "(new)";
    }
}
