using Microsoft.Extensions.Options;

namespace StrategyBot.App.CheckIns;

/// <summary>
/// One scheduler tick: read what is due from every index partition, claim each row with an ETag-guarded move, and
/// process the claimed ones with bounded parallelism, partition after partition from a random one: two instances then
/// mostly work on different partitions and meet only near the end, where a shuffled list would have each of them try
/// (and half the time lose) a claim on every row. Within a partition rows come in key order, which mixes the tenants of
/// a burst (see ScheduleIndexTable), so per-tenant pacing never leaves one tenant's users for last. A full batch means more may be due in that partition, so the tick reads those
/// partitions again (only those: one that came back short was drained) until they drain.
/// Storage failures end the tick quietly: unclaimed rows are still due and claimed ones fall due when their lease ends.
/// </summary>
internal sealed class CheckInDispatcher(
    IScheduleIndex index,
    DueCheckInProcessor processor,
    IOptions<CheckInOptions> options,
    TimeProvider time,
    ILogger<CheckInDispatcher> logger)
{
    // Bounds one tick; a backlog larger than this many batches is left to the next tick.
    private const int MaxRounds = 50;

    /// <summary>Runs until nothing more is due; returns the number of messages sent by this instance.</summary>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var sent = 0;
        var start = Random.Shared.Next(index.Shards);
        var shards = Enumerable.Range(0, index.Shards).Select(i => (start + i) % index.Shards).ToList();
        for (var round = 0; round < MaxRounds && shards.Count > 0; round++)
        {
            var (due, full) = await ReadDueAsync(shards, settings.BatchSize, cancellationToken);
            if (due.Count == 0)
            {
                break;
            }

            var (claimed, delivered, requeued, failed) = await ProcessAsync(due, settings, cancellationToken);
            sent += delivered;
            Log.CheckInTick(logger, due.Count, claimed, delivered, requeued, failed);
            shards = full;
        }

        return sent;
    }

    /// <summary>The due rows of <paramref name="shards"/> in that order, and the shards whose batch came back full.</summary>
    private async Task<(List<ScheduleEntry> Due, List<int> Full)> ReadDueAsync(List<int> shards, int batchSize, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var due = new List<ScheduleEntry>();
        var full = new List<int>();
        foreach (var shard in shards)
        {
            try
            {
                var rows = await index.GetDueAsync(shard, now, batchSize, cancellationToken);
                due.AddRange(rows);
                if (rows.Count >= batchSize)
                {
                    full.Add(shard);
                }
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
            {
                Log.CheckInStorageFailed(logger, ex);
                return (due, []);
            }
        }

        return (due, full);
    }

    private async Task<(int Claimed, int Delivered, int Requeued, int Failed)> ProcessAsync(
        List<ScheduleEntry> due, CheckInOptions settings, CancellationToken cancellationToken)
    {
        int claimed = 0, delivered = 0, requeued = 0, failed = 0;
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = settings.MaxParallelSends, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(due, parallel, async (entry, token) =>
        {
            ScheduleEntry? mine;
            try
            {
                mine = await index.TryClaimAsync(entry, time.GetUtcNow() + settings.ClaimLease, token);
            }
            catch (Exception ex) when (!token.IsCancellationRequested)
            {
                Log.CheckInStorageFailed(logger, ex);
                Interlocked.Increment(ref failed);
                return;
            }

            if (mine is null)
            {
                return;
            }

            Interlocked.Increment(ref claimed);

            // Give up well before the lease ends, so no other instance can claim the row while this one still sends.
            using var budget = new CancellationTokenSource(settings.ClaimLease / 2, time);
            using var linked = CancellationTokenSource.CreateLinkedTokenSource(token, budget.Token);
            try
            {
                var outcome = await processor.ProcessAsync(mine, linked.Token);
                if (outcome.Delivered != DueAction.None)
                {
                    Interlocked.Increment(ref delivered);
                }

                if (outcome.Requeued)
                {
                    Interlocked.Increment(ref requeued);
                }
            }
            catch (Exception ex) when (!token.IsCancellationRequested)
            {
                Log.CheckInSendFailed(logger, ex, DueAction.None, ex.GetType().Name, settings.ClaimLease);
                Interlocked.Increment(ref failed);
            }
        });
        return (claimed, delivered, requeued, failed);
    }
}
