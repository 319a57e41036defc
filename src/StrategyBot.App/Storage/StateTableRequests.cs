using System.Runtime.CompilerServices;
using Azure;
using Azure.Data.Tables;
using StrategyBot.BotFramework.State;

namespace StrategyBot.App.Storage;

/// <summary>
/// The requests <see cref="TableStateStore"/> sends to its table: each one counted in <see cref="StorageMetrics"/>, and
/// the SDK's failures said in the store's terms (a lost ETag race is a <see cref="StateConflictException"/>, exhausted
/// retries an unreachable store). What to send, and what a result means for the scope, is the store's business.
/// </summary>
internal sealed class StateTableRequests(TableClient table, StorageMetrics metrics, ILogger logger)
{
    /// <summary>The table's name, for logs.</summary>
    public string Name => table.Name;

    /// <summary>
    /// The state row (only <paramref name="select"/>ed properties when given), or null when there is none; one point
    /// read, counted as <paramref name="operation"/>.
    /// </summary>
    public async Task<TableEntity?> ReadStateRowAsync(
        string partitionKey, IEnumerable<string>? select, string operation, CancellationToken cancellationToken)
    {
        metrics.RecordCall(operation);
        try
        {
            var response = await table.GetEntityIfExistsAsync<TableEntity>(partitionKey, StateEntity.StateRowKey, select, cancellationToken);
            return response.HasValue ? response.Value : null;
        }
        catch (AggregateException ex) when (TableErrors.IsRetriesExhausted(ex))
        {
            throw TableErrors.Unreachable(ex);
        }
    }

    /// <summary>The rows of a partition page by page, each page counted as one <paramref name="operation"/>.</summary>
    public async IAsyncEnumerable<TableEntity> QueryPartitionAsync(
        string partitionKey,
        IEnumerable<string>? select,
        string operation,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {partitionKey}");
        var pages = table.QueryAsync<TableEntity>(filter, select: select, cancellationToken: cancellationToken).AsPages();
        await using var enumerator = pages.GetAsyncEnumerator(cancellationToken);
        while (true)
        {
            // Each page is one request; a partition with more than 1,000 rows or a slow server answers in several.
            metrics.RecordCall(operation);
            bool hasPage;
            try
            {
                hasPage = await enumerator.MoveNextAsync();
            }
            catch (AggregateException ex) when (TableErrors.IsRetriesExhausted(ex))
            {
                throw TableErrors.Unreachable(ex);
            }

            if (!hasPage)
            {
                yield break;
            }

            foreach (var row in enumerator.Current.Values)
            {
                yield return row;
            }

            if (enumerator.Current.ContinuationToken is null)
            {
                yield break;
            }
        }
    }

    /// <summary>
    /// Deletes rows of one partition in one transaction, whatever their ETags. A row already gone fails the whole batch
    /// with the SDK's 404, which the caller handles (it means another delete came first).
    /// </summary>
    public async Task DeleteRowsAsync(string partitionKey, IEnumerable<string> rowKeys, CancellationToken cancellationToken)
    {
        var deletes = rowKeys.Select(rowKey => new TableTransactionAction(
            TableTransactionActionType.Delete, new TableEntity(partitionKey, rowKey), ETag.All));
        metrics.RecordCall(StorageMetrics.StateDeleteScope);
        try
        {
            await table.SubmitTransactionAsync(deletes, cancellationToken);
        }
        catch (AggregateException ex) when (TableErrors.IsRetriesExhausted(ex))
        {
            throw TableErrors.Unreachable(ex);
        }
    }

    /// <summary>
    /// Sends a save's one write. Conflicts: 412 for a stale ETag, 409 for an add that finds the row, 404 for a row that
    /// is gone. DeleteEntity reports a missing row as a 404 response rather than an exception, so that one is checked here.
    /// </summary>
    public async Task<Response> WriteAsync(TableTransactionAction action, CancellationToken cancellationToken)
    {
        metrics.RecordCall(StorageMetrics.StateSave);
        var entity = (TableEntity)action.Entity;
        try
        {
            var response = action.ActionType switch
            {
                TableTransactionActionType.Add => await table.AddEntityAsync(entity, cancellationToken),
                TableTransactionActionType.UpdateMerge => await table.UpdateEntityAsync(entity, action.ETag, TableUpdateMode.Merge, cancellationToken),
                TableTransactionActionType.UpdateReplace => await table.UpdateEntityAsync(entity, action.ETag, TableUpdateMode.Replace, cancellationToken),
                _ => await table.DeleteEntityAsync(entity.PartitionKey, entity.RowKey, action.ETag, cancellationToken),
            };
            return response.Status == 404 ? throw Conflict(response.Status, response.ReasonPhrase, null) : response;
        }
        catch (RequestFailedException ex) when (TableErrors.IsConflict(ex))
        {
            throw Conflict(ex.Status, ex.ErrorCode, ex);
        }
        catch (AggregateException ex) when (TableErrors.IsRetriesExhausted(ex))
        {
            throw TableErrors.Unreachable(ex);
        }
    }

    private StateConflictException Conflict(int status, string? errorCode, Exception? inner)
    {
        Log.StateSaveConflict(logger, table.Name, status, errorCode);
        const string Message = "The scope's state was changed or removed by another turn since it was loaded; load it again and retry.";
        return inner is null ? new StateConflictException(Message) : new StateConflictException(Message, inner);
    }
}
