namespace StrategyBot.App;

// Storage events: EventIds 3000–3999. Scopes and keys are never logged: they hold tenant and user ids.
internal static partial class Log
{
    [LoggerMessage(EventId = 3000, Level = LogLevel.Information,
        Message = "Table storage ready at {Endpoint}: tables {Tables} exist")]
    public static partial void StorageReady(ILogger logger, Uri endpoint, IEnumerable<string> tables);

    [LoggerMessage(EventId = 3001, Level = LogLevel.Warning,
        Message = "Table storage at {Endpoint} not reachable (attempt {Attempt} of {Attempts}); retrying in {Delay}")]
    public static partial void StorageUnreachableRetrying(ILogger logger, Exception exception, Uri endpoint, int attempt, int attempts, TimeSpan delay);

    [LoggerMessage(EventId = 3002, Level = LogLevel.Critical,
        Message = "Table storage at {Endpoint} not usable at startup: {Reason}")]
    public static partial void StorageUnusable(ILogger logger, Exception exception, Uri endpoint, string reason);

    [LoggerMessage(EventId = 3003, Level = LogLevel.Warning,
        Message = "Storage points at the local development account (Azurite) although the environment is {Environment}")]
    public static partial void DevelopmentStorageOutsideDevelopment(ILogger logger, string environment);

    [LoggerMessage(EventId = 3010, Level = LogLevel.Debug, Message = "Loaded {Count} state documents from {Table}")]
    public static partial void StateLoaded(ILogger logger, string table, int count);

    [LoggerMessage(EventId = 3011, Level = LogLevel.Debug, Message = "Saved {Count} changed state documents to {Table} with one {Operation}")]
    public static partial void StateSaved(ILogger logger, string table, int count, Azure.Data.Tables.TableTransactionActionType operation);

    [LoggerMessage(EventId = 3012, Level = LogLevel.Information,
        Message = "State save to {Table} lost a race with another turn (status {Status}, {ErrorCode})")]
    public static partial void StateSaveConflict(ILogger logger, string table, int status, string? errorCode);

    [LoggerMessage(EventId = 3013, Level = LogLevel.Information, Message = "Deleted a scope of {Count} rows from {Table}")]
    public static partial void ScopeDeleted(ILogger logger, string table, int count);

    [LoggerMessage(EventId = 3014, Level = LogLevel.Debug,
        Message = "Scope delete in {Table} raced another delete on pass {Pass}; querying again")]
    public static partial void ScopeDeleteRaced(ILogger logger, string table, int pass);

    [LoggerMessage(EventId = 3016, Level = LogLevel.Information,
        Message = "A cached state of {Table} was out of date (changed by another instance or process); that scope is read from the table for {Backoff}")]
    public static partial void CachedStateStale(ILogger logger, string table, TimeSpan backoff);
}
