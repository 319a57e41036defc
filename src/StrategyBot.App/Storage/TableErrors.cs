using Azure;

namespace StrategyBot.App.Storage;

/// <summary>How the stores read Table Storage failures: which mean "another writer got there first", which "unreachable".</summary>
internal static class TableErrors
{
    // 412: an ETag no longer matches. 409: a row we meant to add now exists. 404 on an entity: a row we loaded was
    // deleted. Each means another turn changed the scope, so the caller must reload rather than overwrite.
    internal static bool IsConflict(RequestFailedException ex) =>
        ex.Status is 409 or 412 || IsEntityGone(ex);

    // When every retry fails without a response (connection refused, timeouts), Azure.Core throws an
    // AggregateException of the attempts; callers handle one type, RequestFailedException, for "storage failed".
    internal static bool IsRetriesExhausted(AggregateException ex) =>
        ex.InnerExceptions.Count > 0 && ex.InnerExceptions.All(e => e is RequestFailedException);

    internal static RequestFailedException Unreachable(AggregateException ex) =>
        new(0, $"Table storage could not be reached: {ex.InnerExceptions[^1].Message}", ex);

    internal static bool IsEntityGone(RequestFailedException ex) =>
        ex.Status == 404 && !string.Equals(ex.ErrorCode, "TableNotFound", StringComparison.Ordinal);
}
