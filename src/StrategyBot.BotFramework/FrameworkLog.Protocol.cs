using Microsoft.Extensions.Logging;
using StrategyBot.BotFramework.Protocol;

namespace StrategyBot.BotFramework;

internal static partial class FrameworkLog
{
    [LoggerMessage(EventId = 1000, Level = LogLevel.Warning,
        Message = "Bot:AppId is empty and the environment is Development: anonymous requests from loopback callers (the Agents Playground) are accepted and outbound calls go only to loopback without a token. Never run like this in production")]
    public static partial void AnonymousModeEnabled(ILogger logger);

    [LoggerMessage(EventId = 1001, Level = LogLevel.Error,
        Message = "Bot:AppId is empty outside Development: every request to the bot endpoint will be refused. Set Bot:AppId, Bot:AppSecret (and Bot:TenantId for single-tenant bots)")]
    public static partial void AppIdMissingOutsideDevelopment(ILogger logger);

    [LoggerMessage(EventId = 1002, Level = LogLevel.Information,
        Message = "Bot endpoint validates channel tokens from {MetadataUrl} for app {AppId} ({AppType}); outbound tokens from {Authority}")]
    public static partial void AuthenticatedModeEnabled(ILogger logger, string metadataUrl, string? appId, BotAppType appType, string authority);

    [LoggerMessage(EventId = 1003, Level = LogLevel.Error,
        Message = "No IBot is registered: every activity the endpoint accepts will fail. Register the app's turn handler with AddSingleton<IBot, …>() or AddScoped")]
    public static partial void NoBotRegistered(ILogger logger);

    [LoggerMessage(EventId = 1010, Level = LogLevel.Warning, Message = "Request refused: no bearer token")]
    public static partial void BearerTokenMissing(ILogger logger);

    [LoggerMessage(EventId = 1011, Level = LogLevel.Warning, Message = "Request refused: the channel token is invalid ({Reason}): {Detail}")]
    public static partial void TokenRejected(ILogger logger, string reason, string detail);

    [LoggerMessage(EventId = 1012, Level = LogLevel.Warning,
        Message = "Request refused: Bot:AppId is empty, and anonymous requests are accepted only in Development")]
    public static partial void RequestRefusedWithoutAppId(ILogger logger);

    [LoggerMessage(EventId = 1013, Level = LogLevel.Warning,
        Message = "Request refused: anonymous requests are accepted only from loopback, not from {RemoteAddress}")]
    public static partial void AnonymousCallerNotLoopback(ILogger logger, string remoteAddress);

    [LoggerMessage(EventId = 1014, Level = LogLevel.Warning,
        Message = "Request refused: anonymous activity names the non-loopback service URL {ServiceUrl}")]
    public static partial void AnonymousServiceUrlNotLoopback(ILogger logger, string serviceUrl);

    [LoggerMessage(EventId = 1015, Level = LogLevel.Warning,
        Message = "Request refused: signing key {KeyId} is not endorsed for channel {ChannelId}")]
    public static partial void ChannelNotEndorsed(ILogger logger, string keyId, string channelId);

    [LoggerMessage(EventId = 1016, Level = LogLevel.Warning,
        Message = "Request refused: the token's serviceurl claim {ClaimServiceUrl} does not match the activity's serviceUrl {ActivityServiceUrl}")]
    public static partial void ServiceUrlClaimMismatch(ILogger logger, string claimServiceUrl, string activityServiceUrl);

    [LoggerMessage(EventId = 1018, Level = LogLevel.Warning,
        Message = "Request refused: the service URL {ServiceUrl} is not accepted: {Reason}")]
    public static partial void ServiceUrlRefused(ILogger logger, string serviceUrl, string reason);

    [LoggerMessage(EventId = 1019, Level = LogLevel.Warning,
        Message = "Request refused: the service URL {ServiceUrl} is vouched for by issuer {Issuer}, not the Bot Framework channel")]
    public static partial void ServiceUrlNotVouched(ILogger logger, string serviceUrl, string issuer);

    [LoggerMessage(EventId = 1017, Level = LogLevel.Warning, Message = "Request refused: the signing keys' endorsements could not be loaded")]
    public static partial void EndorsementsUnavailable(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 1020, Level = LogLevel.Warning, Message = "Request refused: the body is larger than {Limit} bytes")]
    public static partial void RequestBodyTooLarge(ILogger logger, int limit);

    [LoggerMessage(EventId = 1021, Level = LogLevel.Warning, Message = "Request refused: the body is not a valid activity: {Reason}")]
    public static partial void MalformedActivity(ILogger logger, string reason);

    [LoggerMessage(EventId = 1022, Level = LogLevel.Warning, Message = "Request refused: the body could not be read ({StatusCode}): {Reason}")]
    public static partial void RequestUnreadable(ILogger logger, int statusCode, string reason);

    [LoggerMessage(EventId = 1023, Level = LogLevel.Debug, Message = "The caller aborted the request")]
    public static partial void RequestAborted(ILogger logger);

    [LoggerMessage(EventId = 1024, Level = LogLevel.Debug, Message = "Activity of type {ActivityType} acknowledged and ignored")]
    public static partial void ActivityIgnored(ILogger logger, string? activityType);

    [LoggerMessage(EventId = 1025, Level = LogLevel.Information,
        Message = "Activity {ActivityId} ({ActivityType}) was already received recently; acknowledged without a second turn")]
    public static partial void DuplicateActivity(ILogger logger, string? activityType, string? activityId);

    [LoggerMessage(EventId = 1030, Level = LogLevel.Error, Message = "The bot failed on a {ActivityType} turn ({ErrorType})")]
    public static partial void TurnFailed(ILogger logger, string? activityType, string errorType, Exception exception);

    [LoggerMessage(EventId = 1031, Level = LogLevel.Warning,
        Message = "The {ActivityType} turn is saved but its replies are still being sent after {Timeout}; acknowledged, they finish in the background")]
    public static partial void TurnContinuesInBackground(ILogger logger, string? activityType, TimeSpan timeout);

    [LoggerMessage(EventId = 1032, Level = LogLevel.Information, Message = "The {ActivityType} turn was cancelled")]
    public static partial void TurnCancelled(ILogger logger, string? activityType);

    [LoggerMessage(EventId = 1040, Level = LogLevel.Error,
        Message = "Reply {Index} of {Count} could not be delivered (status {StatusCode}, code {ErrorCode}, correlation {CorrelationId}); the rest were not sent")]
    public static partial void ReplyDeliveryFailed(
        ILogger logger, int index, int count, int? statusCode, string? errorCode, string? correlationId, Exception exception);

    [LoggerMessage(EventId = 1041, Level = LogLevel.Error, Message = "Reply delivery failed unexpectedly")]
    public static partial void ReplyDeliveryCrashed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 1042, Level = LogLevel.Warning,
        Message = "{Count} replies dropped: the inbound activity has no serviceUrl or conversation id")]
    public static partial void RepliesNotAddressable(ILogger logger, int count);

    [LoggerMessage(EventId = 1050, Level = LogLevel.Warning,
        Message = "Connector {Method} to {Host} failed: status {StatusCode}, code {ErrorCode}, subCode {SubCode}, X-Correlating-OperationId {CorrelationId}")]
    public static partial void ConnectorCallFailed(
        ILogger logger, string method, string host, int? statusCode, string? errorCode, string? subCode, string? correlationId);

    [LoggerMessage(EventId = 1051, Level = LogLevel.Information,
        Message = "Connector call retry {Attempt} in {Delay} after status {StatusCode} / {ExceptionType}")]
    public static partial void ConnectorRetrying(ILogger logger, int attempt, TimeSpan delay, int? statusCode, string? exceptionType);

    [LoggerMessage(EventId = 1052, Level = LogLevel.Warning,
        Message = "Connector request to {Target} refused: the service URL is not trusted (not https, an internal host, or neither allow-listed nor vouched for by a signed activity; see SECURITY.md)")]
    public static partial void ConnectorTargetUntrusted(ILogger logger, string target);

    [LoggerMessage(EventId = 1053, Level = LogLevel.Error, Message = "The connector token could not be acquired ({MsalError})")]
    public static partial void ConnectorTokenFailed(ILogger logger, string msalError, Exception exception);

    [LoggerMessage(EventId = 1060, Level = LogLevel.Debug, Message = "Service URL {ServiceUrl} vouched for by a signed activity")]
    public static partial void ServiceUrlVouched(ILogger logger, string serviceUrl);
}
