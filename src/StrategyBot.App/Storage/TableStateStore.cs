using Azure;
using Azure.Data.Tables;
using StrategyBot.BotFramework.State;

namespace StrategyBot.App.Storage;

/// <summary>
/// <see cref="IStateStore"/> over one table: a scope is a partition, a document is a row. A load is one partition
/// query; a save is one entity group transaction in which every write carries the ETag it was loaded with.
/// </summary>
internal sealed class TableStateStore : IStateStore
{
    // Entity group transaction limits: 100 operations and a 4 MiB payload
    // (https://learn.microsoft.com/rest/api/storageservices/performing-entity-group-transactions).
    // The payload bound is in characters and allows for JSON escaping of non-ASCII text on the wire.
    internal const int MaxBatchOperations = 100;
    internal const long MaxBatchDataLength = 650_000;

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

    public async Task SaveAsync(StateSet state, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(state);
        var partitionKey = TableKeys.ToKey(state.Scope);
        var actions = new List<TableTransactionAction>();
        var written = new List<StateDocument>();
        foreach (var document in state.Documents.Where(d => d.IsDirty))
        {
            var action = ToAction(partitionKey, document);
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

        EnsureFitsOneBatch(actions);
        var responses = await SubmitAsync(actions, cancellationToken);
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
                foreach (var batch in rowKeys.Chunk(MaxBatchOperations))
                {
                    var deletes = batch.Select(rowKey => new TableTransactionAction(
                        TableTransactionActionType.Delete, new TableEntity(partitionKey, rowKey), ETag.All));
                    _metrics.RecordCall(StorageMetrics.StateDeleteScope);
                    await _table.SubmitTransactionAsync(deletes, cancellationToken);
                }

                Log.ScopeDeleted(_logger, _table.Name, rowKeys.Count);
                return;
            }
            catch (RequestFailedException ex) when (IsEntityGone(ex) && pass < DeleteScopePasses)
            {
                // Another turn deleted one of these rows first; the whole batch was rolled back, so look again.
                Log.ScopeDeleteRaced(_logger, _table.Name, pass);
            }
            catch (AggregateException ex) when (IsRetriesExhausted(ex))
            {
                throw Unreachable(ex);
            }
        }
    }

    private static TableTransactionAction? ToAction(string partitionKey, StateDocument document) =>
        (document.Content, document.ETag) switch
        {
            (null, null) => null,
            (null, var eTag) => new TableTransactionAction(
                TableTransactionActionType.Delete, StateEntity.KeyOnly(partitionKey, document), new ETag(eTag)),
            (_, null) => new TableTransactionAction(
                TableTransactionActionType.Add, StateEntity.FromDocument(partitionKey, document)),
            (_, var eTag) => new TableTransactionAction(
                TableTransactionActionType.UpdateReplace, StateEntity.FromDocument(partitionKey, document), new ETag(eTag)),
        };

    private static void EnsureFitsOneBatch(List<TableTransactionAction> actions)
    {
        if (actions.Count > MaxBatchOperations)
        {
            throw new StateTooLargeException(
                $"A save may change at most {MaxBatchOperations} documents of one scope; this one changes {actions.Count}.");
        }

        var length = actions.Sum(a => StateEntity.DataLength((TableEntity)a.Entity));
        if (length > MaxBatchDataLength)
        {
            throw new StateTooLargeException(
                $"A save may write at most {MaxBatchDataLength:N0} characters of state at once (one 4 MiB batch); " +
                $"this one writes {length:N0}. Keep large documents out of the turn's save.");
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
        catch (RequestFailedException ex) when (IsConflict(ex))
        {
            Log.StateSaveConflict(_logger, _table.Name, ex.Status, ex.ErrorCode);
            throw new StateConflictException(
                "A state document was changed or removed by another turn since it was loaded; load it again and retry.", ex);
        }
        catch (AggregateException ex) when (IsRetriesExhausted(ex))
        {
            throw Unreachable(ex);
        }
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
            catch (AggregateException ex) when (IsRetriesExhausted(ex))
            {
                throw Unreachable(ex);
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

    // 412: an ETag no longer matches. 409: a row we meant to add now exists. 404 on an entity: a row we loaded was
    // deleted. Each means another turn changed the scope, so the caller must reload rather than overwrite.
    private static bool IsConflict(RequestFailedException ex) =>
        ex.Status is 409 or 412 || IsEntityGone(ex);

    // When every retry fails without a response (connection refused, timeouts), Azure.Core throws an
    // AggregateException of the attempts; callers handle one type, RequestFailedException, for "storage failed".
    private static bool IsRetriesExhausted(AggregateException ex) =>
        ex.InnerExceptions.Count > 0 && ex.InnerExceptions.All(e => e is RequestFailedException);

    private static RequestFailedException Unreachable(AggregateException ex) =>
        new(0, $"Table storage could not be reached: {ex.InnerExceptions[^1].Message}", ex);

    private static bool IsEntityGone(RequestFailedException ex) =>
        ex.Status == 404 && !string.Equals(ex.ErrorCode, "TableNotFound", StringComparison.Ordinal);
}
