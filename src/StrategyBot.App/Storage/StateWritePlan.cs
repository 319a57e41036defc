using Azure;
using Azure.Data.Tables;
using StrategyBot.BotFramework.State;

namespace StrategyBot.App.Storage;

/// <summary>
/// The writes one save needs, worked out (and size-checked) before anything is sent. Usually a single operation on the
/// state row: Add for a new scope, Merge carrying only the changed documents, Replace when a document was removed or
/// now needs fewer chunks (a Merge cannot remove properties), Delete when no document is left. A scope still in the
/// old layout gets the whole state row plus a Delete of each legacy row, so one entity group transaction migrates it.
/// Whatever is written goes as binary chunks; a Merge leaves untouched documents in whatever form they are stored.
/// </summary>
internal sealed class StateWritePlan
{
    // Entity group transaction limit (https://learn.microsoft.com/rest/api/storageservices/performing-entity-group-transactions).
    internal const int MaxBatchOperations = 100;

    private StateWritePlan(List<TableTransactionAction> actions, Dictionary<string, StoredDocument> next, bool writesStateRow)
    {
        Actions = actions;
        Next = next;
        WritesStateRow = writesStateRow;
    }

    /// <summary>The operations, the state row's first; one of them is sent alone, several as one transaction.</summary>
    public List<TableTransactionAction> Actions { get; }

    /// <summary>Every document the scope holds once the writes succeed.</summary>
    public Dictionary<string, StoredDocument> Next { get; }

    /// <summary>True when the first action adds or updates the state row, whose new ETag the documents then share.</summary>
    public bool WritesStateRow { get; }

    /// <summary>Plans the save of <paramref name="changes"/> (dirty documents that exist or existed) over <paramref name="stored"/>.</summary>
    public static StateWritePlan Create(string partitionKey, StoredState stored, IReadOnlyList<StateDocument> changes)
    {
        var next = new Dictionary<string, StoredDocument>(stored.Documents, StringComparer.Ordinal);
        var written = new List<string>(changes.Count);
        var needsReplace = stored.NeedsMigration;
        foreach (var document in changes)
        {
            // A document set as UTF-8 is written as it is; only one a caller parsed is written out from its node.
            if (!document.TryGetUtf8(out var utf8))
            {
                needsReplace |= next.Remove(document.Name);
                continue;
            }

            var binary = StoredDocument.Binary(utf8);
            needsReplace |= stored.Documents.TryGetValue(document.Name, out var old) && binary.ChunkCount < old.ChunkCount;
            next[document.Name] = binary;
            written.Add(document.Name);
        }

        if (stored.ETag is null || needsReplace)
        {
            // Add and Replace write every document, so any still in string chunks goes binary now (its size with it).
            foreach (var (name, document) in next.Where(d => !d.Value.IsBinary).ToList())
            {
                next[name] = document.AsBinary();
            }
        }

        StateRowLimits.EnsureFits(partitionKey, next);
        var actions = new List<TableTransactionAction>(1 + stored.LegacyRows.Count);
        var eTag = stored.ETag is null ? default : new ETag(stored.ETag);
        if (next.Count == 0)
        {
            // A scope whose last document went leaves no row behind, so it reads exactly like a scope never stored.
            if (stored.ETag is not null)
            {
                actions.Add(new TableTransactionAction(TableTransactionActionType.Delete, new TableEntity(partitionKey, StateEntity.StateRowKey), eTag));
            }
        }
        else if (stored.ETag is null)
        {
            actions.Add(new TableTransactionAction(TableTransactionActionType.Add, StateEntity.ToEntity(partitionKey, next)));
        }
        else if (needsReplace)
        {
            actions.Add(new TableTransactionAction(TableTransactionActionType.UpdateReplace, StateEntity.ToEntity(partitionKey, next), eTag));
        }
        else
        {
            // Only the changed documents travel: the row keeps every other property as it is.
            var changed = StateEntity.ToEntity(partitionKey, written.Select(name => KeyValuePair.Create(name, next[name])));
            actions.Add(new TableTransactionAction(TableTransactionActionType.UpdateMerge, changed, eTag));
        }

        foreach (var (rowKey, rowETag) in stored.LegacyRows)
        {
            actions.Add(new TableTransactionAction(TableTransactionActionType.Delete, new TableEntity(partitionKey, rowKey), rowETag));
        }

        if (actions.Count > MaxBatchOperations)
        {
            throw new StateTooLargeException(
                $"This scope still has {stored.LegacyRows.Count} rows of the old one-row-per-document layout; one transaction " +
                $"can fold at most {MaxBatchOperations - 1} of them into the state row.");
        }

        return new StateWritePlan(actions, next, next.Count > 0);
    }
}
