using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using Azure;
using Azure.Data.Tables;
using StrategyBot.App.Storage;
using StrategyBot.BotFramework.State;

namespace StrategyBot.App.Privacy;

/// <summary>
/// An <see cref="IUserDataSource"/> over one table: the user's rows are those an OData filter built from the scope
/// selects. Reads every property, so the export shows exactly what is stored; deletes in per-partition batches.
/// </summary>
internal sealed class TableUserRows : IUserDataSource
{
    public const string ExportOperation = "privacy.export";
    public const string DeleteOperation = "privacy.delete";

    private const int MaxBatch = 100;

    private readonly TableClient _table;
    private readonly Func<StateScope, string> _filter;
    private readonly StorageMetrics _metrics;

    public TableUserRows(TableClient table, PrivacyText label, Func<StateScope, string> filter, StorageMetrics metrics)
    {
        _table = table;
        Label = label;
        _filter = filter;
        _metrics = metrics;
    }

    public string Name => _table.Name;

    public PrivacyText Label { get; }

    /// <summary>A user's rows are one partition named by the escaped scope (the CheckIns table).</summary>
    public static Func<StateScope, string> PartitionOfScope =>
        scope => TableClient.CreateQueryFilter($"PartitionKey eq {TableKeys.Partition(scope)}");

    /// <summary>
    /// A user's rows carry the scope in a property (the check-in schedule). The filter spans the whole table on
    /// purpose: rows written under an older shard count sit in partitions the scheduler no longer reads, and they
    /// still name the user. Privacy commands are rare, so the scan is affordable.
    /// </summary>
    public static Func<StateScope, string> PropertyEquals(string property) =>
        scope => TableClient.CreateQueryFilter(FormattableStringFactory.Create(property + " eq {0}", scope.Key));

    public async Task<IReadOnlyList<JsonObject>> ExportAsync(StateScope scope, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var rows = new List<JsonObject>();
        await foreach (var page in _table.QueryAsync<TableEntity>(_filter(scope), cancellationToken: cancellationToken).AsPages())
        {
            _metrics.RecordCall(ExportOperation);
            rows.AddRange(page.Values.Select(ToJson));
        }

        return rows;
    }

    public async Task DeleteAsync(StateScope scope, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var keys = new List<(string PartitionKey, string RowKey)>();
        await foreach (var page in _table.QueryAsync<TableEntity>(_filter(scope), select: ["PartitionKey", "RowKey"], cancellationToken: cancellationToken).AsPages())
        {
            _metrics.RecordCall(DeleteOperation);
            keys.AddRange(page.Values.Select(row => (row.PartitionKey, row.RowKey)));
        }

        foreach (var partition in keys.GroupBy(key => key.PartitionKey, StringComparer.Ordinal))
        {
            foreach (var batch in partition.Chunk(MaxBatch))
            {
                await DeleteBatchAsync(partition.Key, batch, cancellationToken);
            }
        }
    }

    private async Task DeleteBatchAsync(string partitionKey, (string PartitionKey, string RowKey)[] batch, CancellationToken cancellationToken)
    {
        _metrics.RecordCall(DeleteOperation);
        try
        {
            await _table.SubmitTransactionAsync(
                batch.Select(key => new TableTransactionAction(TableTransactionActionType.Delete, new TableEntity(partitionKey, key.RowKey), ETag.All)),
                cancellationToken);
        }
        catch (TableTransactionFailedException ex) when (ex.Status == 404)
        {
            // A row went away meanwhile (the scheduler moved it) and the batch rolled back: delete one by one.
            foreach (var key in batch)
            {
                _metrics.RecordCall(DeleteOperation);
                try
                {
                    await _table.DeleteEntityAsync(partitionKey, key.RowKey, ETag.All, cancellationToken);
                }
                catch (RequestFailedException gone) when (gone.Status == 404)
                {
                }
            }
        }
    }

    private static JsonObject ToJson(TableEntity row)
    {
        var json = new JsonObject();
        foreach (var (name, value) in row.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            if (name.StartsWith("odata.", StringComparison.Ordinal))
            {
                continue;
            }

            json[name] = value switch
            {
                null => null,
                string text => text,
                bool flag => flag,
                int number => number,
                long number => number,
                double number when double.IsFinite(number) => number,
                DateTimeOffset moment => moment,
                DateTime moment => new DateTimeOffset(moment),
                Guid id => id.ToString(),
                byte[] bytes => Convert.ToBase64String(bytes),
                BinaryData data => Convert.ToBase64String(data.ToArray()),
                _ => value.ToString(),
            };
        }

        return json;
    }
}
