using Azure;
using Azure.Data.Tables;
using StrategyBot.App.CheckIns;
using StrategyBot.BotFramework.State;
using StrategyBot.Domain.CheckIns;

namespace StrategyBot.App.Storage;

/// <summary>
/// <see cref="ICheckInHistory"/> over the CheckIns table. A user's weeks share a partition, so the trend chart's
/// eight weeks are one key-range query, and an upsert by week makes resubmitting idempotent.
/// </summary>
internal sealed class CheckInHistoryTable : ICheckInHistory
{
    public const string SaveOperation = "checkins.save";
    public const string QueryOperation = "checkins.query";

    private readonly TableClient _table;
    private readonly StorageMetrics _metrics;

    public CheckInHistoryTable(TableClient table, StorageMetrics metrics)
    {
        _table = table;
        _metrics = metrics;
    }

    public async Task SaveAsync(StateScope scope, CheckInRecord record, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        _metrics.RecordCall(SaveOperation);
        await _table.UpsertEntityAsync(CheckInRecordEntity.FromDomain(scope, record), TableUpdateMode.Replace, cancellationToken);
    }

    public async Task<IReadOnlyList<CheckInRecord>> GetRangeAsync(
        StateScope scope, string planId, IsoWeek from, IsoWeek to, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var partition = TableKeys.Partition(scope);
        var filter = TableClient.CreateQueryFilter(
            $"PartitionKey eq {partition} and RowKey ge {from.ToString()} and RowKey le {to.ToString()}");
        var records = new List<CheckInRecord>();
        await foreach (var page in _table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken).AsPages())
        {
            _metrics.RecordCall(QueryOperation);
            foreach (var row in page.Values)
            {
                if (CheckInRecordEntity.ToDomain(row) is { } record && record.PlanId == planId)
                {
                    records.Add(record);
                }
            }
        }

        return [.. records.OrderBy(r => r.Week)];
    }

    public async Task DeleteAllAsync(StateScope scope, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var partition = TableKeys.Partition(scope);
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {partition}");
        var rowKeys = new List<string>();
        _metrics.RecordCall(QueryOperation);
        await foreach (var row in _table.QueryAsync<TableEntity>(filter, select: ["RowKey"], cancellationToken: cancellationToken))
        {
            rowKeys.Add(row.RowKey);
        }

        foreach (var batch in rowKeys.Chunk(100))
        {
            _metrics.RecordCall(SaveOperation);
            await _table.SubmitTransactionAsync(
                batch.Select(key => new TableTransactionAction(TableTransactionActionType.Delete, new TableEntity(partition, key), ETag.All)),
                cancellationToken);
        }
    }
}
