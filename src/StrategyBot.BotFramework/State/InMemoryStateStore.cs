using System.Globalization;

namespace StrategyBot.BotFramework.State;

/// <summary>
/// An <see cref="IStateStore"/> in memory, for unit tests only. Documents are stored as a copy of their UTF-8 JSON,
/// checked on save to hold an object, and every load hands out those bytes to be parsed on first use, as with Table
/// Storage: no two loads share a node, and JSON round-trip bugs show up as they would there. ETags behave as in a
/// Table Storage batch: all dirty documents are written or none, a stale ETag conflicts, and a new document (ETag
/// null) that already exists conflicts. Each call that would be a request to a real store counts on the
/// <see cref="StorageTally"/>.
/// </summary>
internal sealed class InMemoryStateStore : IStateStore
{
    private readonly Lock _gate = new();
    private readonly Dictionary<StateScope, Dictionary<string, StoredDocument>> _scopes = [];
    private long _version;

    /// <summary>How many saves wrote something; lets tests count storage round trips.</summary>
    public int SaveCount { get; private set; }

    /// <inheritdoc />
    public Task<StateSet> LoadAsync(StateScope scope, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        cancellationToken.ThrowIfCancellationRequested();
        StorageTally.Record();
        lock (_gate)
        {
            var documents = _scopes.TryGetValue(scope, out var stored)
                ? stored.Select(pair => StateDocument.FromUtf8(pair.Key, pair.Value.Utf8, pair.Value.ETag)).ToList()
                : [];
            return Task.FromResult(new StateSet(scope, documents));
        }
    }

    /// <inheritdoc />
    public Task<StateSet> LoadDocumentsAsync(StateScope scope, IReadOnlyCollection<string> names, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(names);
        cancellationToken.ThrowIfCancellationRequested();
        StorageTally.Record();
        lock (_gate)
        {
            var documents = new List<StateDocument>();
            if (_scopes.TryGetValue(scope, out var stored))
            {
                foreach (var name in names.Distinct(StringComparer.Ordinal))
                {
                    if (stored.TryGetValue(name, out var found))
                    {
                        documents.Add(StateDocument.FromUtf8(name, found.Utf8, found.ETag));
                    }
                }
            }

            return Task.FromResult(new StateSet(scope, documents));
        }
    }

    /// <inheritdoc />
    public Task SaveAsync(StateSet state, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(state);
        cancellationToken.ThrowIfCancellationRequested();
        var dirty = state.Documents.Where(d => d.IsDirty).ToList();
        if (dirty.Count == 0)
        {
            return Task.CompletedTask;
        }

        StorageTally.Record();
        lock (_gate)
        {
            _scopes.TryGetValue(state.Scope, out var stored);
            foreach (var document in dirty)
            {
                ThrowIfConflict(stored, document);
            }

            // Copied, so nothing a caller later does to its node or memory reaches the store; checked before anything is
            // written, so a document that is not an object fails the whole save as a bad entity fails a batch.
            var written = dirty.ToDictionary(d => d.Name, d => d.TryGetUtf8(out var utf8) ? Checked(d.Name, utf8) : null, StringComparer.Ordinal);

            stored ??= _scopes[state.Scope] = new(StringComparer.Ordinal);
            foreach (var document in dirty)
            {
                if (written[document.Name] is not { } utf8)
                {
                    stored.Remove(document.Name);
                    document.ETag = null;
                }
                else
                {
                    var etag = $"W/\"{(++_version).ToString(CultureInfo.InvariantCulture)}\"";
                    stored[document.Name] = new StoredDocument(utf8, etag);
                    document.ETag = etag;
                }

                document.IsDirty = false;
            }

            SaveCount++;
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task DeleteScopeAsync(StateScope scope, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        cancellationToken.ThrowIfCancellationRequested();
        StorageTally.Record();
        lock (_gate)
        {
            _scopes.Remove(scope);
        }

        return Task.CompletedTask;
    }

    private static void ThrowIfConflict(Dictionary<string, StoredDocument>? stored, StateDocument document)
    {
        StoredDocument? current = stored is not null && stored.TryGetValue(document.Name, out var found) ? found : null;
        if (document.ETag is null)
        {
            // A document this turn created: it must not exist yet. Deleting one that was never stored is a no-op.
            if (current is not null && document.Exists)
            {
                throw new StateConflictException($"Document '{document.Name}' was created by another turn.");
            }
        }
        else if (current is null || !string.Equals(current.ETag, document.ETag, StringComparison.Ordinal))
        {
            throw new StateConflictException($"Document '{document.Name}' was changed by another turn.");
        }
    }

    private static byte[] Checked(string name, ReadOnlyMemory<byte> utf8)
    {
        StateDocument.Parse(name, utf8.Span);
        return utf8.ToArray();
    }

    private sealed record StoredDocument(byte[] Utf8, string ETag);
}
