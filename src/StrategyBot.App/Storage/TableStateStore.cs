using Azure;
using Azure.Data.Tables;
using StrategyBot.BotFramework.State;

namespace StrategyBot.App.Storage;

/// <summary>
/// <see cref="IStateStore"/> over one table: a scope is one row (PartitionKey = escaped scope, RowKey
/// <see cref="StateEntity.StateRowKey"/>) whose properties hold every document, see <see cref="StateEntity"/>. A load,
/// whole or named, is one point read of that row, and documents come back as their stored UTF-8, unparsed; a save
/// is one ETag-guarded request on that row: Add, a Merge of the changed documents, a Replace when a document went away
/// or shrank, or a Delete when none is left. So a turn that changes several documents sends one small entity, not an
/// entity group transaction (whose multipart envelope cost more CPU than the rest of the save). With a
/// <see cref="StateCache"/>, a load of a scope this process wrote last is no round trip at all: the turn starts from
/// that write, and its ETag-guarded save proves the copy was current (or fails, and the turn runs again).
/// </summary>
/// <remarks>
/// Conflicts are per scope, not per document: two saves from the same loaded version conflict even when they changed
/// different documents. That costs only a retry: StrategyBotHandler runs a conflicted turn again on fresh state and
/// DueCheckInProcessor reloads and retries its save. A save needs what the load saw (the row's ETag, documents a named
/// load left out), so it accepts sets this store loaded, or new sets without any stored document.
/// </remarks>
internal sealed class TableStateStore : IStateStore
{
    private const int DeleteScopePasses = 3;

    // Entity group transaction limit (https://learn.microsoft.com/rest/api/storageservices/performing-entity-group-transactions).
    private const int MaxBatchOperations = 100;

    private readonly StateTableRequests _table;
    private readonly ILogger<TableStateStore> _logger;
    private readonly StateCache? _cache;

    /// <summary>A store over <paramref name="table"/>; with a <paramref name="cache"/>, a turn starts from the state this process wrote last.</summary>
    public TableStateStore(TableClient table, StorageMetrics metrics, ILogger<TableStateStore> logger, StateCache? cache = null)
    {
        _table = new StateTableRequests(table, metrics, logger);
        _logger = logger;
        _cache = cache is { IsEnabled: true } ? cache : null;
    }

    public async Task<StateSet> LoadAsync(StateScope scope, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);

        // One point read of the state row: the cheapest lookup Table Storage has (see LoadDocumentsAsync).
        var row = await _table.ReadStateRowAsync(TableKeys.Partition(scope), select: null, StorageMetrics.StateLoad, cancellationToken);
        var stored = StoredState.FromStateRow(row);
        stored.CacheOnSave = true;
        return ToSet(scope, stored, names: null);
    }

    /// <summary>The copy this process wrote last when it has one (no round trip), else <see cref="LoadAsync"/>.</summary>
    public Task<StateSet> LoadForUpdateAsync(StateScope scope, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        return _cache?.Get(scope) is { } cached
            ? Task.FromResult(ToSet(scope, StoredState.FromCache(cached), names: null))
            : LoadAsync(scope, cancellationToken);
    }

    /// <summary>
    /// One point read of the state row, the cheapest lookup Table Storage has
    /// (https://learn.microsoft.com/azure/storage/tables/table-storage-design-for-query), keeping only the named
    /// documents. Azurite serves a point read from its key index but every query by scanning the whole table, so there
    /// it is the difference between O(1) and O(rows).
    /// </summary>
    public async Task<StateSet> LoadDocumentsAsync(StateScope scope, IReadOnlyCollection<string> names, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(names);
        var row = await _table.ReadStateRowAsync(TableKeys.Partition(scope), select: null, StorageMetrics.StateRead, cancellationToken);
        return ToSet(scope, StoredState.FromStateRow(row), names);
    }

    public async Task SaveAsync(StateSet state, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(state);
        var stored = StoredState.Of(state);
        var changes = new List<StateDocument>();
        foreach (var document in state.Documents.Where(d => d.IsDirty))
        {
            if (!document.Exists && !stored.Documents.ContainsKey(document.Name))
            {
                // Added and removed in the same turn: nothing was ever stored.
                document.IsDirty = false;
                document.ETag = null;
                continue;
            }

            changes.Add(document);
        }

        if (changes.Count == 0)
        {
            if (stored.CachedFrom is not null && !stored.Verified)
            {
                // Nothing to write, yet the caller is about to act on a copy: the one case where a cached copy is
                // checked by reading, since no conditional write will do it.
                await VerifyCachedCopyAsync(state.Scope, stored, cancellationToken);
            }

            return;
        }

        var plan = StateWritePlan.Create(TableKeys.Partition(state.Scope), stored, changes);
        Response response;
        try
        {
            response = await _table.WriteAsync(plan.Action, cancellationToken);
        }
        catch (StateConflictException ex) when (_cache is not null)
        {
            var classified = Classify(state.Scope, stored, ex);
            if (ReferenceEquals(classified, ex))
            {
                throw;
            }

            throw classified;
        }

        var eTag = plan.WritesStateRow ? response.Headers.ETag?.ToString() : null;
        var cachedAs = _cache is not null && eTag is not null ? new CachedState(eTag, plan.Next) : null;
        _cache?.Saved(state.Scope, cachedAs, stored.CacheOnSave);
        stored.Saved(eTag, plan.Next, cachedAs);
        foreach (var document in state.Documents)
        {
            document.ETag = document.Exists ? eTag : null;
        }

        foreach (var document in changes)
        {
            document.IsDirty = false;
        }

        Log.StateSaved(_logger, _table.Name, changes.Count, plan.Action.ActionType);
    }

    public async Task DeleteScopeAsync(StateScope scope, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var partitionKey = TableKeys.Partition(scope);

        // Before and after: a copy must not outlive the user's erased data, nor be saved over the deleted row. Erasure
        // queries the partition rather than deleting the state row alone, so it takes whatever row the user's partition
        // holds: it is rare, and "delete my data" must not depend on every writer having used the state row.
        _cache?.Forget(scope);
        for (var pass = 1; ; pass++)
        {
            var rowKeys = new List<string>();
            await foreach (var row in _table.QueryPartitionAsync(partitionKey, ["RowKey"], StorageMetrics.StateDeleteScope, cancellationToken))
            {
                rowKeys.Add(row.RowKey);
            }

            try
            {
                foreach (var batch in rowKeys.Chunk(MaxBatchOperations))
                {
                    await _table.DeleteRowsAsync(partitionKey, batch, cancellationToken);
                }

                _cache?.Forget(scope);
                Log.ScopeDeleted(_logger, _table.Name, rowKeys.Count);
                return;
            }
            catch (RequestFailedException ex) when (TableErrors.IsEntityGone(ex) && pass < DeleteScopePasses)
            {
                // Another turn deleted one of these rows first; the whole batch was rolled back, so look again.
                Log.ScopeDeleteRaced(_logger, _table.Name, pass);
            }
        }
    }

    private async Task VerifyCachedCopyAsync(StateScope scope, StoredState stored, CancellationToken cancellationToken)
    {
        var row = await _table.ReadStateRowAsync(TableKeys.Partition(scope), ["RowKey"], StorageMetrics.StateRead, cancellationToken);
        if (string.Equals(row?.ETag.ToString(), stored.ETag, StringComparison.Ordinal))
        {
            stored.Verified = true;
            return;
        }

        throw Classify(scope, stored, new StateConflictException("The scope's state changed since this copy of it was made; load it again."));
    }

    // Stale when the copy was still this process's latest word on the scope: the change came from elsewhere, before the
    // turn began. Otherwise another turn of this process saved meanwhile, a race like any other.
    private StateConflictException Classify(StateScope scope, StoredState stored, StateConflictException conflict)
    {
        if (_cache?.Conflicted(scope, stored.CachedFrom) != true)
        {
            return conflict;
        }

        Log.CachedStateStale(_logger, _table.Name, StateCache.SharedBackoff);
        return new StateConflictException(conflict.Message, conflict) { LoadedCopyWasStale = true };
    }

    private StateSet ToSet(StateScope scope, StoredState stored, IReadOnlyCollection<string>? names)
    {
        var selected = names is null
            ? stored.Documents.Keys
            : names.Distinct(StringComparer.Ordinal).Where(stored.Documents.ContainsKey);
        var documents = new List<StateDocument>(stored.Documents.Count);
        foreach (var name in selected)
        {
            // Handed over as UTF-8, parsed only if the turn asks for a node: typed readers deserialize straight from it.
            documents.Add(StateDocument.FromUtf8(name, stored.Documents[name].Utf8, stored.ETag));
        }

        var state = new StateSet(scope, documents);
        stored.AttachTo(state);
        Log.StateLoaded(_logger, _table.Name, documents.Count);
        return state;
    }
}
