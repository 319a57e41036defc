using System.Runtime.CompilerServices;
using Azure;
using Azure.Data.Tables;
using StrategyBot.BotFramework.State;

namespace StrategyBot.App.Storage;

/// <summary>
/// What <see cref="TableStateStore"/> knows about the stored rows behind one loaded StateSet: the state row's ETag,
/// every document the scope holds as stored (also those a named load left out of the set, so a Replace can
/// carry them unchanged), and the rows of the old one-row-per-document layout the next save must fold in and delete.
/// </summary>
internal sealed class StoredState
{
    // Keyed by the set itself because StateSet (a BotFramework type) has no place for store data; entries go with
    // their sets. Static because a set may be saved through another store instance over the same table.
    private static readonly ConditionalWeakTable<StateSet, StoredState> s_bySet = new();

    private Dictionary<string, string>? _legacyETags;

    private StoredState(string? eTag, Dictionary<string, StoredDocument> documents)
    {
        ETag = eTag;
        Documents = documents;
    }

    /// <summary>The state row's ETag; null while the scope has no state row.</summary>
    public string? ETag { get; private set; }

    /// <summary>Every document of the scope by name, as stored; the state row's version wins over a legacy row's.</summary>
    public Dictionary<string, StoredDocument> Documents { get; private set; }

    /// <summary>Legacy rows (not the state row) with the ETags they were loaded with.</summary>
    public IReadOnlyList<(string RowKey, ETag ETag)> LegacyRows { get; private set; } = [];

    /// <summary>The cache entry the set was built from (or last saved as); null when it was read from the table.</summary>
    public CachedState? CachedFrom { get; private set; }

    /// <summary>
    /// True when a save of the set should put the scope in the cache: sets a turn loaded whole. Named loads (the
    /// scheduler's) only refresh an entry that is there.
    /// </summary>
    public bool CacheOnSave { get; set; }

    /// <summary>True once a cached copy with nothing to write was checked against the row (see TableStateStore.SaveAsync).</summary>
    public bool Verified { get; set; }

    /// <summary>True while any document still lives in the old layout: the next save rewrites the scope whole.</summary>
    public bool NeedsMigration => _legacyETags is not null;

    /// <summary>
    /// What the load of <paramref name="state"/> saw. A set no store loaded is new: it may hold no stored document,
    /// since a save needs the row's version and the documents a load left out of the set.
    /// </summary>
    public static StoredState Of(StateSet state)
    {
        if (s_bySet.TryGetValue(state, out var stored))
        {
            return stored;
        }

        if (state.Documents.Any(d => d.ETag is not null))
        {
            throw new InvalidOperationException(
                "TableStateStore saves the sets it loaded, or new sets without stored documents; this one holds documents it did not load.");
        }

        stored = Empty();
        stored.AttachTo(state);
        return stored;
    }

    /// <summary>Remembers that <paramref name="state"/> was loaded from (or will be saved as) this.</summary>
    public void AttachTo(StateSet state) => s_bySet.AddOrUpdate(state, this);

    /// <summary>A scope with nothing stored.</summary>
    public static StoredState Empty() => new(null, new(StringComparer.Ordinal));

    /// <summary>The scope as this process last wrote it. The entry is shared, so the set gets its own dictionary.</summary>
    public static StoredState FromCache(CachedState cached) =>
        new(cached.ETag, new Dictionary<string, StoredDocument>(cached.Documents, StringComparer.Ordinal))
        {
            CachedFrom = cached,
            CacheOnSave = true,
        };

    /// <summary>The state row alone, as a point read returned it.</summary>
    public static StoredState FromStateRow(TableEntity row) => new(row.ETag.ToString(), StateEntity.ReadDocuments(row));

    /// <summary>Every row of a scope's partition; rows of neither layout are ignored.</summary>
    public static StoredState FromPartition(IEnumerable<TableEntity> rows)
    {
        TableEntity? stateRow = null;
        var legacy = new List<TableEntity>();
        foreach (var row in rows)
        {
            if (string.Equals(row.RowKey, StateEntity.StateRowKey, StringComparison.Ordinal))
            {
                stateRow = row;
            }

            // A document named like the state row's key had that row in the old layout; the next save replaces it.
            if (LegacyStateRow.IsLegacy(row))
            {
                legacy.Add(row);
            }
        }

        var stored = stateRow is null ? Empty() : FromStateRow(stateRow);
        if (legacy.Count == 0)
        {
            return stored;
        }

        stored._legacyETags = new(StringComparer.Ordinal);
        foreach (var row in legacy)
        {
            var name = LegacyStateRow.Name(row);
            if (stored.Documents.TryAdd(name, LegacyStateRow.Document(row)))
            {
                stored._legacyETags[name] = row.ETag.ToString();
            }
        }

        stored.LegacyRows = [.. legacy.Where(r => r != stateRow).Select(r => (r.RowKey, r.ETag))];
        return stored;
    }

    /// <summary>The ETag a loaded document gets: its legacy row's while it lives there, otherwise the state row's.</summary>
    public string? ETagOf(string name) =>
        _legacyETags is not null && _legacyETags.TryGetValue(name, out var eTag) ? eTag : ETag;

    /// <summary>Records a successful save: the scope is now exactly <paramref name="documents"/> in one row (or none).</summary>
    public void Saved(string? eTag, Dictionary<string, StoredDocument> documents, CachedState? cachedAs)
    {
        ETag = eTag;
        CachedFrom = cachedAs;
        Verified = true;
        Documents = documents;
        LegacyRows = [];
        _legacyETags = null;
    }
}
