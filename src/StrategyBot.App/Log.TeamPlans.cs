using Microsoft.Extensions.Logging;

namespace StrategyBot.App;

internal static partial class Log
{
    [LoggerMessage(EventId = 9100, Level = LogLevel.Information, Message = "Team plan {Change} in a {ConversationType}")]
    public static partial void TeamPlanChanged(ILogger logger, string change, string? conversationType);

    [LoggerMessage(EventId = 9101, Level = LogLevel.Warning, Message = "Team plan refused a {Command} from someone not on the conversation's roster")]
    public static partial void TeamPlanNotAMember(ILogger logger, string command);

    [LoggerMessage(EventId = 9102, Level = LogLevel.Warning, Message = "The conversation's roster could not be read ({ErrorCode}); the team plan turn changed nothing")]
    public static partial void TeamRosterUnavailable(ILogger logger, string? errorCode, Exception exception);

    [LoggerMessage(EventId = 9103, Level = LogLevel.Warning, Message = "The team plan's summary card id could not be stored ({ErrorType}); the next change posts a new card")]
    public static partial void TeamSummaryIdNotStored(ILogger logger, string errorType, Exception exception);

    [LoggerMessage(EventId = 9104, Level = LogLevel.Information, Message = "The app was removed from a {ConversationType}: its check-ins are paused and its team plan kept")]
    public static partial void TeamAppRemoved(ILogger logger, string? conversationType);
}
