using Azure;
using Azure.Data.Tables;
using StrategyBot.BotFramework.State;

namespace StrategyBot.App.Storage;

/// <summary>
/// The one write a save needs, worked out (and size-checked) before anything is sent: an operation on the state row,
/// Add for a new scope, Merge carrying only the changed documents, Replace when a document was removed or now needs
/// fewer chunks (a Merge cannot remove properties), Delete when no document is left.
/// </summary>
internal sealed class StateWritePlan
{
    private StateWritePlan(TableTransactionAction action, Dictionary<string, StoredDocument> next)
    {
        Action = action;
        Next = next;
    }

    /// <summary>The operation on the state row, guarded by the ETag the scope was loaded with (none for an Add).</summary>
    public TableTransactionAction Action { get; }

    /// <summary>Every document the scope holds once the write succeeds.</summary>
    public Dictionary<string, StoredDocument> Next { get; }

    /// <summary>True when the action adds or updates the state row, whose new ETag the documents then share.</summary>
    public bool WritesStateRow => Next.Count > 0;

    /// <summary>Plans the save of <paramref name="changes"/> (dirty documents that exist or existed) over <paramref name="stored"/>.</summary>
    public static StateWritePlan Create(string partitionKey, StoredState stored, IReadOnlyList<StateDocument> changes)
    {
        var next = new Dictionary<string, StoredDocument>(stored.Documents, StringComparer.Ordinal);
        var written = new List<string>(changes.Count);
        var needsReplace = false;
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

        StateRowLimits.EnsureFits(partitionKey, next);
        var eTag = stored.ETag is null ? default : new ETag(stored.ETag);
        TableTransactionAction action;
        if (next.Count == 0)
        {
            // A scope whose last document went leaves no row behind, so it reads exactly like a scope never stored.
            action = new TableTransactionAction(TableTransactionActionType.Delete, new TableEntity(partitionKey, StateEntity.StateRowKey), eTag);
        }
        else if (stored.ETag is null)
        {
            action = new TableTransactionAction(TableTransactionActionType.Add, StateEntity.ToEntity(partitionKey, next));
        }
        else if (needsReplace)
        {
            action = new TableTransactionAction(TableTransactionActionType.UpdateReplace, StateEntity.ToEntity(partitionKey, next), eTag);
        }
        else
        {
            // Only the changed documents travel: the row keeps every other property as it is.
            var changed = StateEntity.ToEntity(partitionKey, written.Select(name => KeyValuePair.Create(name, next[name])));
            action = new TableTransactionAction(TableTransactionActionType.UpdateMerge, changed, eTag);
        }

        return new StateWritePlan(action, next);
    }
}
