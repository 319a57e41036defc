using StrategyBot.App.CheckIns;
using StrategyBot.BotFramework.State;

namespace StrategyBot.App.Tests.CheckIns;

/// <summary>
/// A hand-written <see cref="IScheduleIndex"/> with the table's semantics: rows keyed by due ticks and scope, claims
/// that move a row only if its ETag still matches, and a switch that makes every call fail like an unreachable store.
/// </summary>
internal sealed class InMemoryScheduleIndex(int shards = 4) : IScheduleIndex
{
    private readonly Lock _lock = new();
    private readonly Dictionary<(int Shard, string RowKey), (StateScope Scope, DateTimeOffset Due, int Version)> _rows = [];
    private int _version;

    public int Shards { get; } = shards;

    /// <summary>While true every call throws, as when storage is down.</summary>
    public bool Unavailable { get; set; }

    public IReadOnlyList<(StateScope Scope, DateTimeOffset Due)> Rows
    {
        get
        {
            lock (_lock)
            {
                return [.. _rows.Values.OrderBy(r => r.Due).Select(r => (r.Scope, r.Due))];
            }
        }
    }

    public Task SetAsync(StateScope scope, DateTimeOffset due, CancellationToken cancellationToken)
    {
        ThrowIfUnavailable();
        lock (_lock)
        {
            _rows[(ShardOf(scope), Key(due, scope))] = (scope, due, ++_version);
        }

        return Task.CompletedTask;
    }

    public Task ReplaceAsync(StateScope scope, DateTimeOffset replacing, DateTimeOffset due, CancellationToken cancellationToken)
    {
        ThrowIfUnavailable();
        lock (_lock)
        {
            // As the table's transaction: the old row goes with the new one written, and a missing old row is no failure.
            _rows.Remove((ShardOf(scope), Key(replacing, scope)));
            _rows[(ShardOf(scope), Key(due, scope))] = (scope, due, ++_version);
        }

        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<ScheduleEntry>> GetDueAsync(int shard, DateTimeOffset now, int max, CancellationToken cancellationToken)
    {
        ThrowIfUnavailable();
        lock (_lock)
        {
            IReadOnlyList<ScheduleEntry> due = [.. _rows
                .Where(r => r.Key.Shard == shard && r.Value.Due <= now)
                .OrderBy(r => r.Key.RowKey, StringComparer.Ordinal)
                .Take(max)
                .Select(r => new ScheduleEntry(shard, r.Key.RowKey, r.Value.Scope, r.Value.Due, r.Value.Version.ToString(System.Globalization.CultureInfo.InvariantCulture)))];
            return Task.FromResult(due);
        }
    }

    public Task<ScheduleEntry?> TryClaimAsync(ScheduleEntry entry, DateTimeOffset leaseUntil, CancellationToken cancellationToken)
    {
        ThrowIfUnavailable();
        lock (_lock)
        {
            if (!_rows.TryGetValue((entry.Shard, entry.RowKey), out var row) || row.Version.ToString(System.Globalization.CultureInfo.InvariantCulture) != entry.ETag)
            {
                return Task.FromResult<ScheduleEntry?>(null);
            }

            _rows.Remove((entry.Shard, entry.RowKey));
            var key = Key(leaseUntil, entry.Scope);
            var version = ++_version;
            _rows[(entry.Shard, key)] = (entry.Scope, leaseUntil, version);
            return Task.FromResult<ScheduleEntry?>(entry with
            {
                RowKey = key,
                Due = leaseUntil,
                ETag = version.ToString(System.Globalization.CultureInfo.InvariantCulture),
            });
        }
    }

    public Task CompleteAsync(ScheduleEntry claimed, DateTimeOffset? next, CancellationToken cancellationToken)
    {
        ThrowIfUnavailable();
        lock (_lock)
        {
            // As the table's transaction: the removal is ETag-guarded, and the next wake-up is written only with it.
            if (!_rows.TryGetValue((claimed.Shard, claimed.RowKey), out var row)
                || row.Version.ToString(System.Globalization.CultureInfo.InvariantCulture) != claimed.ETag)
            {
                return Task.CompletedTask;
            }

            _rows.Remove((claimed.Shard, claimed.RowKey));
            if (next is { } due)
            {
                _rows[(ShardOf(claimed.Scope), Key(due, claimed.Scope))] = (claimed.Scope, due, ++_version);
            }
        }

        return Task.CompletedTask;
    }

    public Task DeleteAllAsync(StateScope scope, CancellationToken cancellationToken)
    {
        ThrowIfUnavailable();
        lock (_lock)
        {
            foreach (var key in _rows.Where(r => r.Value.Scope.Equals(scope)).Select(r => r.Key).ToList())
            {
                _rows.Remove(key);
            }
        }

        return Task.CompletedTask;
    }

    private int ShardOf(StateScope scope) => (int)((uint)scope.Key.Aggregate(17, (h, c) => (h * 31) + c) % (uint)Shards);

    private static string Key(DateTimeOffset due, StateScope scope) =>
        due.UtcTicks.ToString("D19", System.Globalization.CultureInfo.InvariantCulture) + "|" + scope.Key;

    private void ThrowIfUnavailable()
    {
        if (Unavailable)
        {
            throw new Azure.RequestFailedException(0, "Table storage could not be reached (test).");
        }
    }
}
