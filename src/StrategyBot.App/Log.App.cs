using Microsoft.Extensions.Logging;

namespace StrategyBot.App;

internal static partial class Log
{
    [LoggerMessage(EventId = 100, Level = LogLevel.Warning, Message = "Ignored a {ActivityType} activity with no tenant or user: its state cannot be scoped")]
    public static partial void NoUserScope(ILogger logger, string? activityType);

    [LoggerMessage(EventId = 101, Level = LogLevel.Information, Message = "Activity {ActivityId} was already processed; ignoring the redelivery")]
    public static partial void DuplicateActivity(ILogger logger, string? activityId);

    [LoggerMessage(EventId = 102, Level = LogLevel.Information, Message = "State of the scope changed during the turn (attempt {Attempt}); {Outcome}")]
    public static partial void StateConflict(ILogger logger, int attempt, string outcome);

    [LoggerMessage(EventId = 103, Level = LogLevel.Error, Message = "Storage failed during a {ActivityType} turn ({ErrorType}); the user was asked to resend")]
    public static partial void StorageFailed(ILogger logger, string? activityType, string errorType, Exception exception);

    [LoggerMessage(EventId = 104, Level = LogLevel.Error, Message = "A {ActivityType} turn failed ({ErrorType}); the user got an apology and nothing was saved")]
    public static partial void TurnFailed(ILogger logger, string? activityType, string errorType, Exception exception);

    [LoggerMessage(EventId = 105, Level = LogLevel.Information, Message = "Refused a message of {Length} characters (limit {Limit})")]
    public static partial void MessageTooLong(ILogger logger, int length, int limit);

    [LoggerMessage(EventId = 106, Level = LogLevel.Information, Message = "App removed by the user (installationUpdate {Action})")]
    public static partial void Uninstalled(ILogger logger, string? action);
}
