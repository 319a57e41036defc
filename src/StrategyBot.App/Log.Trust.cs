using Microsoft.Extensions.Logging;

namespace StrategyBot.App;

internal static partial class Log
{
    [LoggerMessage(EventId = 6000, Level = LogLevel.Information,
        Message = "Rate limit: refused a {ActivityType} from a user over the limit (first refusal {FirstRefusal}, retry after {RetryAfter})")]
    public static partial void UserRateLimited(ILogger logger, string? activityType, bool firstRefusal, TimeSpan retryAfter);

    [LoggerMessage(EventId = 6100, Level = LogLevel.Information, Message = "Privacy: export prepared ({Documents} documents, {Rows} table rows, download link {HasLink})")]
    public static partial void ExportPrepared(ILogger logger, int documents, int rows, bool hasLink);

    [LoggerMessage(EventId = 6101, Level = LogLevel.Information, Message = "Privacy: export downloaded ({Documents} documents, {Rows} table rows)")]
    public static partial void ExportServed(ILogger logger, int documents, int rows);

    [LoggerMessage(EventId = 6102, Level = LogLevel.Warning, Message = "Privacy: export link refused (forged, altered, expired, or the data is gone)")]
    public static partial void ExportLinkRefused(ILogger logger);

    [LoggerMessage(EventId = 6103, Level = LogLevel.Error, Message = "Privacy: export download failed to read storage")]
    public static partial void ExportStorageFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 6110, Level = LogLevel.Information, Message = "Privacy: the user asked to delete their data; waiting for confirmation")]
    public static partial void DeletionRequested(ILogger logger);

    [LoggerMessage(EventId = 6111, Level = LogLevel.Information, Message = "Privacy: every row of the user was deleted")]
    public static partial void UserDataErased(ILogger logger);
}
