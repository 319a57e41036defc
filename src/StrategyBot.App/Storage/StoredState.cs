using System.Runtime.CompilerServices;
using Azure.Data.Tables;
using StrategyBot.BotFramework.State;

namespace StrategyBot.App.Storage;

/// <summary>
/// What <see cref="TableStateStore"/> knows about the stored row behind one loaded StateSet: the state row's ETag,
/// and every document the scope holds as stored (also those a named load left out of the set, so a Replace can
/// carry them unchanged).
/// </summary>
internal sealed class StoredState
{
    // Keyed by the set itself because StateSet (a BotFramework type) has no place for store data; entries go with
    // their sets. Static because a set may be saved through another store instance over the same table.
    private static readonly ConditionalWeakTable<StateSet, StoredState> s_bySet = new();

    private StoredState(string? eTag, Dictionary<string, StoredDocument> documents)
    {
        ETag = eTag;
        Documents = documents;
    }

    /// <summary>The state row's ETag; null while the scope has no state row.</summary>
    public string? ETag { get; private set; }

    /// <summary>Every document of the scope by name, as stored.</summary>
    public Dictionary<string, StoredDocument> Documents { get; private set; }

    /// <summary>The cache entry the set was built from (or last saved as); null when it was read from the table.</summary>
    public CachedState? CachedFrom { get; private set; }

    /// <summary>
    /// True when a save of the set should put the scope in the cache: sets a turn loaded whole. Named loads (the
    /// scheduler's) only refresh an entry that is there.
    /// </summary>
    public bool CacheOnSave { get; set; }

    /// <summary>True once a cached copy with nothing to write was checked against the row (see TableStateStore.SaveAsync).</summary>
    public bool Verified { get; set; }

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

    /// <summary>The state row as a point read returned it; null (no row) is a scope with nothing stored.</summary>
    public static StoredState FromStateRow(TableEntity? row) =>
        row is null ? Empty() : new(row.ETag.ToString(), StateEntity.ReadDocuments(row));

    /// <summary>Records a successful save: the scope is now exactly <paramref name="documents"/> in one row (or none).</summary>
    public void Saved(string? eTag, Dictionary<string, StoredDocument> documents, CachedState? cachedAs)
    {
        ETag = eTag;
        CachedFrom = cachedAs;
        Verified = true;
        Documents = documents;
    }
}
