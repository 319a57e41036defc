using System.Net;
using System.Net.Http.Headers;

namespace StrategyBot.BotFramework.Protocol;

/// <summary>
/// A Bot Connector call failed: an HTTP error after retries, a network failure, or a refused target. Callers pause
/// proactive sends on 403 (user blocked or uninstalled the bot) and 404 (conversation gone), docs/bot-protocol.md#connector-errors.
/// </summary>
public sealed class ConnectorException : Exception
{
    /// <summary>Creates an exception with a default message.</summary>
    public ConnectorException()
        : this("The Bot Connector call failed.")
    {
    }

    /// <summary>Creates an exception with a message.</summary>
    public ConnectorException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an exception with a message and a cause.</summary>
    public ConnectorException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates an exception describing a connector answer or failure.</summary>
    public ConnectorException(
        string message, HttpStatusCode? statusCode, string? errorCode, string? subCode, string? correlationId, Exception? innerException = null)
        : base(message, innerException)
    {
        StatusCode = statusCode;
        ErrorCode = errorCode;
        SubCode = subCode;
        CorrelationId = correlationId;
    }

    /// <summary>The HTTP status, or null when no response arrived (network failure, refused target).</summary>
    public HttpStatusCode? StatusCode { get; }

    /// <summary>The connector's error code, e.g. <c>ConversationBlockedByUser</c>, or one of ours such as <c>UntrustedServiceUrl</c>.</summary>
    public string? ErrorCode { get; }

    /// <summary>The finer Teams code, e.g. <c>MessageWritesBlocked</c>.</summary>
    public string? SubCode { get; }

    /// <summary>The <c>X-Correlating-OperationId</c> response header, which Microsoft support asks for.</summary>
    public string? CorrelationId { get; }

    /// <summary>The final answer's Retry-After header (a 429 or 503 names when to come back), or null.</summary>
    public RetryConditionHeaderValue? RetryAfter { get; init; }

    /// <summary>True for 403 and 404: the user blocked or removed the bot, or the conversation no longer exists.</summary>
    public bool IsConversationUnavailable => StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.NotFound;
}
