using System.Globalization;
using System.Text.Json.Nodes;

namespace StrategyBot.BotFramework.State;

/// <summary>
/// An <see cref="IStateStore"/> in memory, for unit tests only. Documents are stored as JSON text, so every load
/// parses what a save wrote (JSON round-trip bugs show up as they would with Table Storage), and ETags behave as
/// in a Table Storage batch: all dirty documents are written or none, a stale ETag conflicts, and a new document
/// (ETag null) that already exists conflicts.
/// </summary>
internal sealed class InMemoryStateStore : IStateStore
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, Dictionary<string, StoredDocument>> _scopes = new(StringComparer.Ordinal);
    private long _version;

    /// <summary>How many saves wrote something; lets tests count storage round trips.</summary>
    public int SaveCount { get; private set; }

    /// <inheritdoc />
    public Task<StateSet> LoadAsync(string scope, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(scope);
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            var documents = _scopes.TryGetValue(scope, out var stored)
                ? stored.Select(pair => new StateDocument(pair.Key, JsonNode.Parse(pair.Value.Json)!.AsObject(), pair.Value.ETag)).ToList()
                : [];
            return Task.FromResult(new StateSet(scope, documents));
        }
    }

    /// <inheritdoc />
    public Task<StateSet> LoadDocumentsAsync(string scope, IReadOnlyCollection<string> names, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(scope);
        ArgumentNullException.ThrowIfNull(names);
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            var documents = new List<StateDocument>();
            if (_scopes.TryGetValue(scope, out var stored))
            {
                foreach (var name in names.Distinct(StringComparer.Ordinal))
                {
                    if (stored.TryGetValue(name, out var found))
                    {
                        documents.Add(new StateDocument(name, JsonNode.Parse(found.Json)!.AsObject(), found.ETag));
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

        lock (_gate)
        {
            _scopes.TryGetValue(state.Scope, out var stored);
            foreach (var document in dirty)
            {
                ThrowIfConflict(stored, document);
            }

            stored ??= _scopes[state.Scope] = new(StringComparer.Ordinal);
            foreach (var document in dirty)
            {
                if (document.Content is null)
                {
                    stored.Remove(document.Name);
                    document.ETag = null;
                }
                else
                {
                    var etag = $"W/\"{(++_version).ToString(CultureInfo.InvariantCulture)}\"";
                    stored[document.Name] = new StoredDocument(document.Content.ToJsonString(), etag);
                    document.ETag = etag;
                }

                document.IsDirty = false;
            }

            SaveCount++;
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task DeleteScopeAsync(string scope, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(scope);
        cancellationToken.ThrowIfCancellationRequested();
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
            if (current is not null && document.Content is not null)
            {
                throw new StateConflictException($"Document '{document.Name}' was created by another turn.");
            }
        }
        else if (current is null || !string.Equals(current.ETag, document.ETag, StringComparison.Ordinal))
        {
            throw new StateConflictException($"Document '{document.Name}' was changed by another turn.");
        }
    }

    private sealed record StoredDocument(string Json, string ETag);
}
