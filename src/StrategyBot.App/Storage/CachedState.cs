namespace StrategyBot.App.Storage;

/// <summary>
/// A scope exactly as this process last wrote it: the state row's ETag and every document it holds. Immutable, so any
/// number of turns can build their sets from it at once (documents are UTF-8 that nobody writes into).
/// </summary>
internal sealed class CachedState
{
    // What an entry costs beyond its documents' bytes: the entry, the dictionary and a StoredDocument per document.
    private const int EntryOverhead = 256;
    private const int DocumentOverhead = 96;

    public CachedState(string eTag, IReadOnlyDictionary<string, StoredDocument> documents)
    {
        ArgumentException.ThrowIfNullOrEmpty(eTag);
        ETag = eTag;

        // A copy, so no later change to the writer's dictionary can reach turns that build on this entry.
        Documents = new Dictionary<string, StoredDocument>(documents, StringComparer.Ordinal);
        Size = EntryOverhead + Documents.Sum(d => DocumentOverhead + (2L * d.Key.Length) + d.Value.Utf8.Length);
    }

    /// <summary>The state row's ETag after the write.</summary>
    public string ETag { get; }

    /// <summary>Every document of the scope.</summary>
    public IReadOnlyDictionary<string, StoredDocument> Documents { get; }

    /// <summary>Roughly what the entry keeps alive, in bytes, as the cache's size limit counts it.</summary>
    public long Size { get; }
}
