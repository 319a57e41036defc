using Azure;
using Azure.Data.Tables;
using StrategyBot.BotFramework.State;

namespace StrategyBot.App.Storage;

/// <summary>
/// <see cref="IStateStore"/> over one table: a scope is a partition, a document is a row. A load is one partition
/// query, a named load one point read per document; a save is one ETag-guarded write: a single operation when one
/// document changed, otherwise one entity group transaction in which every write carries the ETag it was loaded with.
/// </summary>
internal sealed class TableStateStore : IStateStore
{
    private const int DeleteScopePasses = 3;

    private readonly TableClient _table;
    private readonly StorageMetrics _metrics;
    private readonly ILogger<TableStateStore> _logger;

    public TableStateStore(TableClient table, StorageMetrics metrics, ILogger<TableStateStore> logger)
    {
        _table = table;
        _metrics = metrics;
        _logger = logger;
    }

    public async Task<StateSet> LoadAsync(string scope, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(scope);
        var documents = new List<StateDocument>();
        await foreach (var row in QueryPartitionAsync(TableKeys.ToKey(scope), select: null, StorageMetrics.StateLoad, cancellationToken))
        {
            documents.Add(StateEntity.ToDocument(row));
        }

        Log.StateLoaded(_logger, _table.Name, documents.Count);
        return new StateSet(scope, documents);
    }

    /// <summary>
    /// One point read per name, all in flight at once. A point read (PartitionKey and RowKey) is the cheapest lookup
    /// Table Storage documents (https://learn.microsoft.com/azure/storage/tables/table-storage-design-for-query), and it
    /// returns only the rows asked for, where a partition query also carries the scope's other documents (the dialog
    /// stack, the interview notes, the processed-activity ids) over the wire. Azurite serves a point read from its key
    /// index but every query by scanning the whole table, so there it is the difference between O(1) and O(rows).
    /// </summary>
    public async Task<StateSet> LoadDocumentsAsync(string scope, IReadOnlyCollection<string> names, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(scope);
        ArgumentNullException.ThrowIfNull(names);
        var partitionKey = TableKeys.ToKey(scope);
        var rows = await Task.WhenAll(names.Distinct(StringComparer.Ordinal).Select(name => ReadRowAsync(partitionKey, name, cancellationToken)));
        var documents = rows.OfType<TableEntity>().Select(StateEntity.ToDocument).ToList();
        Log.StateLoaded(_logger, _table.Name, documents.Count);
        return new StateSet(scope, documents);
    }

    public async Task SaveAsync(StateSet state, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(state);
        var partitionKey = TableKeys.ToKey(state.Scope);
        var actions = new List<TableTransactionAction>();
        var written = new List<StateDocument>();
        foreach (var document in state.Documents.Where(d => d.IsDirty))
        {
            var action = StateWriteActions.For(partitionKey, document);
            if (action is null)
            {
                // Added and removed in the same turn: nothing was ever stored.
                document.IsDirty = false;
                continue;
            }

            actions.Add(action);
            written.Add(document);
        }

        if (actions.Count == 0)
        {
            return;
        }

        StateWriteActions.EnsureFitsOneBatch(actions);

        // One changed document (every scheduler save, many turns): a plain conditional write says the same thing as a
        // one-operation batch at less cost to both sides, with none of the multipart envelope (which the SDK also
        // serialises twice, once for Content-Length).
        var responses = actions.Count == 1
            ? [await WriteOneAsync(actions[0], cancellationToken)]
            : await SubmitAsync(actions, cancellationToken);
        for (var i = 0; i < written.Count; i++)
        {
            var document = written[i];
            document.ETag = document.Content is null ? null : responses[i].Headers.ETag?.ToString();
            document.IsDirty = false;
        }

        Log.StateSaved(_logger, _table.Name, actions.Count);
    }

    public async Task DeleteScopeAsync(string scope, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(scope);
        var partitionKey = TableKeys.ToKey(scope);
        for (var pass = 1; ; pass++)
        {
            var rowKeys = new List<string>();
            await foreach (var row in QueryPartitionAsync(partitionKey, ["RowKey"], StorageMetrics.StateDeleteScope, cancellationToken))
            {
                rowKeys.Add(row.RowKey);
            }

            try
            {
                foreach (var batch in rowKeys.Chunk(StateWriteActions.MaxBatchOperations))
                {
                    var deletes = batch.Select(rowKey => new TableTransactionAction(
                        TableTransactionActionType.Delete, new TableEntity(partitionKey, rowKey), ETag.All));
                    _metrics.RecordCall(StorageMetrics.StateDeleteScope);
                    await _table.SubmitTransactionAsync(deletes, cancellationToken);
                }

                Log.ScopeDeleted(_logger, _table.Name, rowKeys.Count);
                return;
            }
            catch (RequestFailedException ex) when (TableErrors.IsEntityGone(ex) && pass < DeleteScopePasses)
            {
                // Another turn deleted one of these rows first; the whole batch was rolled back, so look again.
                Log.ScopeDeleteRaced(_logger, _table.Name, pass);
            }
            catch (AggregateException ex) when (TableErrors.IsRetriesExhausted(ex))
            {
                throw TableErrors.Unreachable(ex);
            }
        }
    }

    private async Task<IReadOnlyList<Response>> SubmitAsync(List<TableTransactionAction> actions, CancellationToken cancellationToken)
    {
        _metrics.RecordCall(StorageMetrics.StateSave);
        try
        {
            var response = await _table.SubmitTransactionAsync(actions, cancellationToken);
            return response.Value;
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

    private async Task<TableEntity?> ReadRowAsync(string partitionKey, string name, CancellationToken cancellationToken)
    {
        _metrics.RecordCall(StorageMetrics.StateRead);
        try
        {
            var response = await _table.GetEntityIfExistsAsync<TableEntity>(partitionKey, TableKeys.ToKey(name), cancellationToken: cancellationToken);
            return response.HasValue ? response.Value : null;
        }
        catch (AggregateException ex) when (TableErrors.IsRetriesExhausted(ex))
        {
            throw TableErrors.Unreachable(ex);
        }
    }

    // The same conflicts as in a batch: 412 for a stale ETag, 409 for an add that finds the row, 404 for a row that is
    // gone. DeleteEntity reports a missing row as a 404 response rather than an exception, so that one is checked here.
    private async Task<Response> WriteOneAsync(TableTransactionAction action, CancellationToken cancellationToken)
    {
        _metrics.RecordCall(StorageMetrics.StateSave);
        var entity = (TableEntity)action.Entity;
        try
        {
            var response = action.ActionType switch
            {
                TableTransactionActionType.Add => await _table.AddEntityAsync(entity, cancellationToken),
                TableTransactionActionType.UpdateReplace => await _table.UpdateEntityAsync(entity, action.ETag, TableUpdateMode.Replace, cancellationToken),
                _ => await _table.DeleteEntityAsync(entity.PartitionKey, entity.RowKey, action.ETag, cancellationToken),
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
        Log.StateSaveConflict(_logger, _table.Name, status, errorCode);
        const string Message = "A state document was changed or removed by another turn since it was loaded; load it again and retry.";
        return inner is null ? new StateConflictException(Message) : new StateConflictException(Message, inner);
    }

    private async IAsyncEnumerable<TableEntity> QueryPartitionAsync(
        string partitionKey,
        IEnumerable<string>? select,
        string operation,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {partitionKey}");
        var pages = _table.QueryAsync<TableEntity>(filter, select: select, cancellationToken: cancellationToken).AsPages();
        await using var enumerator = pages.GetAsyncEnumerator(cancellationToken);
        while (true)
        {
            // Each page is one request; a partition with more than 1,000 rows or a slow server answers in several.
            _metrics.RecordCall(operation);
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
}
