using Azure;
using Azure.Data.Tables;
using StrategyBot.BotFramework.State;

namespace StrategyBot.App.Storage;

/// <summary>The table write a changed state document needs, each carrying the ETag it was loaded with.</summary>
internal static class StateWriteActions
{
    // Entity group transaction limits: 100 operations and a 4 MiB payload
    // (https://learn.microsoft.com/rest/api/storageservices/performing-entity-group-transactions).
    // The payload bound is in characters and allows for JSON escaping of non-ASCII text on the wire.
    internal const int MaxBatchOperations = 100;
    internal const long MaxBatchDataLength = 650_000;

    internal static TableTransactionAction? For(string partitionKey, StateDocument document) =>
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

    internal static void EnsureFitsOneBatch(List<TableTransactionAction> actions)
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
}
