using Microsoft.Extensions.Logging;

namespace StrategyBot.App;

internal static partial class Log
{
    [LoggerMessage(EventId = 7000, Level = LogLevel.Warning, Message = "The stored \"{Document}\" document ({Length} bytes) could not be read ({Error}); it was kept as \"{KeptAs}\" and starts afresh")]
    public static partial void UnreadableDocumentSetAside(ILogger logger, string document, int length, string? error, string keptAs);

    [LoggerMessage(EventId = 7001, Level = LogLevel.Warning, Message = "The stored \"{Document}\" document ({Length} bytes) could not be read ({Error}); a copy would not fit in the state row with room for a fresh one, so only its size and the error were kept, and it starts afresh")]
    public static partial void UnreadableDocumentNotKept(ILogger logger, string document, int length, string? error);

    [LoggerMessage(EventId = 7002, Level = LogLevel.Information, Message = "Told the user that their \"{Document}\" document could not be read and was set aside")]
    public static partial void UnreadableDocumentExplained(ILogger logger, string document);
}
