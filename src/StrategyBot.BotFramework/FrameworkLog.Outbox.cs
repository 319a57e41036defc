using Microsoft.Extensions.Logging;

namespace StrategyBot.BotFramework;

internal static partial class FrameworkLog
{
    [LoggerMessage(EventId = 1043, Level = LogLevel.Warning,
        Message = "Update of activity {ActivityId} was refused (status {StatusCode}, code {ErrorCode}, correlation {CorrelationId}); the replies are still sent")]
    public static partial void ActivityUpdateFailed(
        ILogger logger, string activityId, int? statusCode, string? errorCode, string? correlationId, Exception exception);
}
