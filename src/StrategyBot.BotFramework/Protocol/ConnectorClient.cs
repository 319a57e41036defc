using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.Extensions.Logging;
using Polly.Timeout;

namespace StrategyBot.BotFramework.Protocol;

/// <summary>
/// The Bot Connector REST API v3 (docs/bot-protocol.md#connector-rest-api) over a typed HttpClient from IHttpClientFactory. Requests go
/// only to trusted service URLs and carry the bot's token; transient failures are retried by the client's pipeline;
/// every failure surfaces as a <see cref="ConnectorException"/>. Proactive calls (a send by conversation reference,
/// creating a conversation) are paced per tenant, every retry included (<see cref="ConnectorPacingHandler"/>); replies
/// within a turn are not. Safe to keep in singletons: the primary handler recycles its own connections, so the
/// factory never rotates it.
/// </summary>
public sealed class ConnectorClient
{
    /// <summary>The IHttpClientFactory name of the client, for tests that swap the primary handler.</summary>
    public const string HttpClientName = "StrategyBot.BotFramework.Connector";

    private const int MaxErrorBodyBytes = 64 * 1024;
    private const int MaxCachedRoots = 64;

    private static readonly ConcurrentDictionary<string, string> s_roots = new(StringComparer.Ordinal);

    private readonly HttpClient _http;
    private readonly ILogger<ConnectorClient> _logger;

    internal ConnectorClient(HttpClient http, ILogger<ConnectorClient> logger)
    {
        _http = http;
        _logger = logger;
    }

    /// <summary>Replies to activity <paramref name="activityId"/>: <c>POST v3/conversations/{id}/activities/{activityId}</c>.</summary>
    public Task<ResourceResponse> ReplyToActivityAsync(
        string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        ArgumentException.ThrowIfNullOrEmpty(activityId);
        ArgumentNullException.ThrowIfNull(activity);
        activity.ReplyToId ??= activityId;
        OutboundText.Prepare(activity);
        return SendAsync(
            HttpMethod.Post, serviceUrl, $"v3/conversations/{Escape(conversationId)}/activities/{Escape(activityId)}",
            activity, ProtocolJsonContext.Default.Activity, ProtocolJsonContext.Default.ResourceResponse, pacedTenant: null, cancellationToken);
    }

    /// <summary>Posts a new activity to a conversation: <c>POST v3/conversations/{id}/activities</c>.</summary>
    public Task<ResourceResponse> SendToConversationAsync(
        string serviceUrl, string conversationId, Activity activity, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        ArgumentNullException.ThrowIfNull(activity);
        return PostActivityAsync(serviceUrl, conversationId, activity, pacedTenant: null, cancellationToken);
    }

    /// <summary>
    /// Sends a proactive message to a stored conversation, addressed from its reference, paced by the reference's
    /// tenant (<see cref="ProactivePacingOptions"/>); a reference without a tenant shares one pace with the others.
    /// </summary>
    public Task<ResourceResponse> SendToConversationAsync(
        ConversationReference reference, Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentNullException.ThrowIfNull(activity);
        var conversationId = reference.Conversation?.Id
            ?? throw new ArgumentException("The conversation reference has no conversation id.", nameof(reference));
        ArgumentException.ThrowIfNullOrEmpty(conversationId, nameof(reference));
        return PostActivityAsync(
            reference.ServiceUrl ?? string.Empty, conversationId, reference.ApplyTo(activity), reference.TenantId ?? string.Empty, cancellationToken);
    }

    /// <summary>Replaces an activity, e.g. a card after a submit: <c>PUT v3/conversations/{id}/activities/{activityId}</c>.</summary>
    public Task<ResourceResponse> UpdateActivityAsync(
        string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        ArgumentException.ThrowIfNullOrEmpty(activityId);
        ArgumentNullException.ThrowIfNull(activity);
        activity.Id ??= activityId;
        OutboundText.Prepare(activity);
        return SendAsync(
            HttpMethod.Put, serviceUrl, $"v3/conversations/{Escape(conversationId)}/activities/{Escape(activityId)}",
            activity, ProtocolJsonContext.Default.Activity, ProtocolJsonContext.Default.ResourceResponse, pacedTenant: null, cancellationToken);
    }

    /// <summary>
    /// Creates a conversation, the first step of a proactive message: <c>POST v3/conversations</c>, paced by the
    /// parameters' tenant. See <see cref="ConversationParameters.ForPersonalChat"/>.
    /// </summary>
    public Task<ConversationResourceResponse> CreateConversationAsync(
        string serviceUrl, ConversationParameters parameters, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        return SendAsync(
            HttpMethod.Post, serviceUrl, "v3/conversations",
            parameters, ProtocolJsonContext.Default.ConversationParameters, ProtocolJsonContext.Default.ConversationResourceResponse,
            parameters.TenantId ?? string.Empty, cancellationToken);
    }

    /// <summary>
    /// One page of the conversation's members: <c>GET v3/conversations/{id}/pagedmembers</c>, with the token of the
    /// previous page (docs/bot-protocol.md#conversation-members). A channel's thread id (<c>…;messageid=…</c>) names the
    /// same members as the channel.
    /// </summary>
    public Task<PagedMembersResult> GetPagedMembersAsync(
        string serviceUrl, string conversationId, string? continuationToken, int pageSize, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        ArgumentOutOfRangeException.ThrowIfLessThan(pageSize, 1);
        var query = $"?pageSize={pageSize.ToString(System.Globalization.CultureInfo.InvariantCulture)}"
            + (string.IsNullOrEmpty(continuationToken) ? "" : "&continuationToken=" + Escape(continuationToken));
        return SendAsync<object?, PagedMembersResult>(
            HttpMethod.Get, serviceUrl, $"v3/conversations/{Escape(conversationId)}/pagedmembers{query}",
            body: null, bodyType: null, ProtocolJsonContext.Default.PagedMembersResult, pacedTenant: null, cancellationToken);
    }

    /// <summary>Builds the request URL: the normalised service URL plus a path whose ids are escaped segments.</summary>
    internal static Uri BuildUri(string serviceUrl, string relativePath)
    {
        // A bot talks to a handful of service URLs (one per region), and every reply of every turn needs one parsed and
        // checked; a rejected URL is never kept, and the bound keeps odd traffic from growing the map.
        if (serviceUrl is null || !s_roots.TryGetValue(serviceUrl, out var root))
        {
            root = Root(serviceUrl);
            if (s_roots.Count < MaxCachedRoots)
            {
                s_roots.TryAdd(serviceUrl!, root);
            }
        }

        return new Uri($"{root}/{relativePath}", UriKind.Absolute);
    }

    private static string Root(string? serviceUrl)
    {
        if (!Uri.TryCreate(serviceUrl?.Trim(), UriKind.Absolute, out var baseUri) || ServiceUrls.Normalize(baseUri) is null)
        {
            throw new ConnectorException(
                "The service URL is not an absolute http(s) URL.", statusCode: null, "InvalidServiceUrl", subCode: null, correlationId: null);
        }

        return baseUri.GetComponents(UriComponents.SchemeAndServer | UriComponents.Path, UriFormat.UriEscaped).TrimEnd('/');
    }

    private Task<ResourceResponse> PostActivityAsync(
        string serviceUrl, string conversationId, Activity activity, string? pacedTenant, CancellationToken cancellationToken)
    {
        OutboundText.Prepare(activity);
        return SendAsync(
            HttpMethod.Post, serviceUrl, $"v3/conversations/{Escape(conversationId)}/activities",
            activity, ProtocolJsonContext.Default.Activity, ProtocolJsonContext.Default.ResourceResponse, pacedTenant, cancellationToken);
    }

    // Conversation ids are opaque and contain ':', ';', '@' and more; both SDKs escape them as one path segment.
    private static string Escape(string segment) => Uri.EscapeDataString(segment);

    private async Task<TResponse> SendAsync<TBody, TResponse>(
        HttpMethod method,
        string serviceUrl,
        string relativePath,
        TBody body,
        JsonTypeInfo<TBody>? bodyType,
        JsonTypeInfo<TResponse> responseType,
        string? pacedTenant,
        CancellationToken cancellationToken)
        where TResponse : new()
    {
        var uri = BuildUri(serviceUrl, relativePath);
        using var request = new HttpRequestMessage(method, uri);
        if (bodyType is not null)
        {
            request.Content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(body, bodyType));
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        }

        if (pacedTenant is not null)
        {
            request.Options.Set(ConnectorPacingHandler.TenantKey, pacedTenant);
        }

        HttpResponseMessage response;
        try
        {
            response = await _http.SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken);
        }
        catch (Exception exception) when (IsNetworkFailure(exception, cancellationToken))
        {
            FrameworkLog.ConnectorCallFailed(_logger, method.Method, uri.Host, null, exception.GetType().Name, null, null);
            throw new ConnectorException(
                "The Bot Connector could not be reached.", statusCode: null, "NetworkError", subCode: null, correlationId: null, exception);
        }

        using (response)
        {
            if (!response.IsSuccessStatusCode)
            {
                throw await CreateErrorAsync(method, uri, response, cancellationToken);
            }

            var content = await response.Content.ReadAsByteArrayAsync(cancellationToken);
            return TryDeserialize(content, responseType) ?? new TResponse();
        }
    }

    private static bool IsNetworkFailure(Exception exception, CancellationToken cancellationToken) =>
        exception is HttpRequestException or TimeoutRejectedException
        || (exception is OperationCanceledException && !cancellationToken.IsCancellationRequested);

    private async Task<ConnectorException> CreateErrorAsync(
        HttpMethod method, Uri uri, HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var correlationId = response.Headers.TryGetValues("X-Correlating-OperationId", out var values)
            ? string.Join(",", values)
            : null;
        var content = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        var error = content.Length <= MaxErrorBodyBytes ? TryDeserialize(content, ProtocolJsonContext.Default.ErrorResponse)?.Error : null;
        FrameworkLog.ConnectorCallFailed(_logger, method.Method, uri.Host, (int)response.StatusCode, error?.Code, error?.SubCode, correlationId);
        return new ConnectorException(
            $"The Bot Connector answered {(int)response.StatusCode} {error?.Code}: {error?.Message}".TrimEnd(' ', ':'),
            response.StatusCode,
            error?.Code,
            error?.SubCode,
            correlationId)
        {
            RetryAfter = response.Headers.RetryAfter,
        };
    }

    private static T? TryDeserialize<T>(byte[] content, JsonTypeInfo<T> type)
    {
        if (content.Length == 0)
        {
            return default;
        }

        try
        {
            return JsonSerializer.Deserialize(content, type);
        }
        catch (JsonException)
        {
            return default;
        }
    }
}
