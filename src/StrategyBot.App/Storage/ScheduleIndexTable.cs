using System.Globalization;
using Azure;
using Azure.Data.Tables;
using StrategyBot.App.CheckIns;
using StrategyBot.BotFramework.State;

namespace StrategyBot.App.Storage;

/// <summary>
/// <see cref="IScheduleIndex"/> over the CheckInSchedule table. PartitionKey = "due-NN", a shard picked by a stable
/// hash of the scope, so a Monday-09:00 burst spreads over several partitions and two instances contend less;
/// RowKey = the due instant as 19-digit UTC ticks, "|", 8 hex digits of a hash of the scope, "|", the escaped scope.
/// Zero-padded ticks sort as time, so the due rows of a partition are the key range RowKey &lt; ticks(now)+1 (a range
/// query, not a scan). The hash orders rows due at the same instant: a scope begins with its tenant, so without it a
/// page of a Monday-09:00 burst would hold the first few tenants only, the last tenants' users would be left for the
/// end, and sends paced per tenant would crawl through them at one tenant's rate. Rows written before the hash was
/// added ("ticks|scope") are still read; completing one writes the next wake-up in the new form.
/// </summary>
internal sealed class ScheduleIndexTable : IScheduleIndex
{
    public const string QueryOperation = "schedule.query";
    public const string WriteOperation = "schedule.write";

    private const string ScopeProperty = "Scope";
    private const string PartitionPrefix = "due-";

    private static readonly string[] s_entryColumns = ["RowKey", ScopeProperty];

    private readonly TableClient _table;
    private readonly StorageMetrics _metrics;

    public ScheduleIndexTable(TableClient table, StorageMetrics metrics, int shards)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(shards, 1);
        _table = table;
        _metrics = metrics;
        Shards = shards;
    }

    public int Shards { get; }

    public static string PartitionKey(int shard) => PartitionPrefix + shard.ToString("D2", CultureInfo.InvariantCulture);

    public static string RowKey(DateTimeOffset due, StateScope scope) =>
        due.UtcTicks.ToString("D19", CultureInfo.InvariantCulture) + "|" + Mixed(Fnv(scope.Key)).ToString("x8", CultureInfo.InvariantCulture)
        + "|" + TableKeys.Partition(scope);

    public int ShardOf(StateScope scope) => (int)(Fnv(scope.Key) % (uint)Shards);

    /// <summary>FNV-1a over the scope key's UTF-16 units: stable across processes and .NET versions, unlike string.GetHashCode.</summary>
    private static uint Fnv(string scope)
    {
        var hash = 2166136261u;
        foreach (var c in scope)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return hash;
    }

    // MurmurHash3's finaliser: every input bit reaches the high bits, which lead the hex digits and so decide the order.
    private static uint Mixed(uint hash)
    {
        hash = (hash ^ (hash >> 16)) * 0x85ebca6bu;
        hash = (hash ^ (hash >> 13)) * 0xc2b2ae35u;
        return hash ^ (hash >> 16);
    }

    public async Task SetAsync(StateScope scope, DateTimeOffset due, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        _metrics.RecordCall(WriteOperation);
        await _table.UpsertEntityAsync(NewRow(scope, due), TableUpdateMode.Replace, cancellationToken);
    }

    public async Task ReplaceAsync(StateScope scope, DateTimeOffset replacing, DateTimeOffset due, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var row = NewRow(scope, due);
        var previousKey = RowKey(replacing, scope);
        if (previousKey == row.RowKey)
        {
            await SetAsync(scope, due, cancellationToken);
            return;
        }

        // A user's rows share a partition, so the old wake-up goes in the same transaction as the new one: never two
        // rows, never none. Without an ETag: whatever that row holds now, it is this user's old wake-up.
        TableTransactionAction[] actions =
        [
            new(TableTransactionActionType.Delete, new TableEntity(row.PartitionKey, previousKey), ETag.All),
            new(TableTransactionActionType.UpsertReplace, row),
        ];
        _metrics.RecordCall(WriteOperation);
        try
        {
            await _table.SubmitTransactionAsync(actions, cancellationToken);
        }
        catch (TableTransactionFailedException ex) when (ex.Status == 404)
        {
            // The old row is gone: a scheduler claimed it (its completion writes the wake-up the document says then),
            // completed it, or the user's data was erased. The new wake-up goes in on its own.
            await SetAsync(scope, due, cancellationToken);
        }
    }

    public async Task<IReadOnlyList<ScheduleEntry>> GetDueAsync(int shard, DateTimeOffset now, int max, CancellationToken cancellationToken)
    {
        var upper = (now.UtcTicks + 1).ToString("D19", CultureInfo.InvariantCulture);
        var partition = PartitionKey(shard);
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {partition} and RowKey lt {upper}");
        var due = new List<ScheduleEntry>();
        _metrics.RecordCall(QueryOperation);

        // A key range within one partition, at most `max` rows ($top) and only the two columns an entry needs ($select;
        // the ETag comes with every row): the service reads no further than the page, and the page carries no more.
        await foreach (var page in _table.QueryAsync<TableEntity>(filter, maxPerPage: max, select: s_entryColumns, cancellationToken: cancellationToken).AsPages())
        {
            foreach (var row in page.Values)
            {
                if (ToEntry(shard, row) is { } entry)
                {
                    due.Add(entry);
                }
            }

            // One page per call: the scheduler comes back for more once it has worked through these.
            break;
        }

        return due;
    }

    public async Task<ScheduleEntry?> TryClaimAsync(ScheduleEntry entry, DateTimeOffset leaseUntil, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var leased = NewRow(entry.Scope, leaseUntil);
        TableTransactionAction[] actions =
        [
            new(TableTransactionActionType.Delete, new TableEntity(leased.PartitionKey, entry.RowKey), new ETag(entry.ETag)),
            new(TableTransactionActionType.UpsertReplace, leased),
        ];
        _metrics.RecordCall(WriteOperation);
        try
        {
            var response = await _table.SubmitTransactionAsync(actions, cancellationToken);
            var eTag = response.Value[1].Headers.ETag?.ToString() ?? "*";
            return new ScheduleEntry(entry.Shard, leased.RowKey, entry.Scope, leaseUntil, eTag);
        }
        catch (TableTransactionFailedException ex) when (ex.Status is 404 or 409 or 412)
        {
            // Another instance moved or finished the row first: it is theirs.
            return null;
        }
    }

    public async Task CompleteAsync(ScheduleEntry claimed, DateTimeOffset? next, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(claimed);
        var partition = PartitionKey(claimed.Shard);
        var actions = new List<TableTransactionAction>
        {
            new(TableTransactionActionType.Delete, new TableEntity(partition, claimed.RowKey), new ETag(claimed.ETag)),
        };
        if (next is { } due && RowKey(due, claimed.Scope) != claimed.RowKey)
        {
            actions.Add(new TableTransactionAction(TableTransactionActionType.UpsertReplace, NewRow(claimed.Scope, due)));
        }
        else if (next is not null)
        {
            // The next wake-up is the leased row itself; keeping it is all there is to do.
            return;
        }

        _metrics.RecordCall(WriteOperation);
        try
        {
            await _table.SubmitTransactionAsync(actions, cancellationToken);
        }
        catch (TableTransactionFailedException ex) when (ex.Status is 404 or 412)
        {
            // The row is no longer ours, and the next wake-up is not ours to record either: either the lease ran out and
            // another instance holds the row (it records the next wake-up when it completes), or "delete my data"
            // removed it, and writing a wake-up back would leave a row of a user who asked to be forgotten.
        }
    }

    public async Task DeleteAllAsync(StateScope scope, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var partition = PartitionKey(ShardOf(scope));

        // The property name is part of the filter text, not a value: an interpolated name would be quoted into a literal.
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {partition} and Scope eq {scope.Key}");
        _metrics.RecordCall(QueryOperation);
        await foreach (var row in _table.QueryAsync<TableEntity>(filter, select: ["RowKey"], cancellationToken: cancellationToken))
        {
            _metrics.RecordCall(WriteOperation);
            try
            {
                await _table.DeleteEntityAsync(partition, row.RowKey, ETag.All, cancellationToken);
            }
            catch (RequestFailedException ex) when (ex.Status == 404)
            {
                // Claimed and moved meanwhile; the scheduler finds no state for it and drops it.
            }
        }
    }

    private TableEntity NewRow(StateScope scope, DateTimeOffset due) =>
        new(PartitionKey(ShardOf(scope)), RowKey(due, scope)) { [ScopeProperty] = scope.Key };

    private static ScheduleEntry? ToEntry(int shard, TableEntity row)
    {
        var scope = StateScopeOf(row.GetString(ScopeProperty));
        var bar = row.RowKey.IndexOf('|', StringComparison.Ordinal);
        if (scope is null || bar != 19
            || !long.TryParse(row.RowKey.AsSpan(0, 19), NumberStyles.None, CultureInfo.InvariantCulture, out var ticks))
        {
            return null;
        }

        return new ScheduleEntry(shard, row.RowKey, scope, new DateTimeOffset(ticks, TimeSpan.Zero), row.ETag.ToString());
    }

    // A row whose scope no writer of ours made (a hand edit) is skipped like any other malformed row.
    private static StateScope? StateScopeOf(string? key)
    {
        if (string.IsNullOrEmpty(key))
        {
            return null;
        }

        try
        {
            return StateScope.Parse(key);
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
