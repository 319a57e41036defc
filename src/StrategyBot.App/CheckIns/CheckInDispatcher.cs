using Microsoft.Extensions.Options;

namespace StrategyBot.App.CheckIns;

/// <summary>
/// One scheduler tick: read what is due from every index partition (starting at a random one, in shuffled order, so
/// two instances rarely reach for the same row), claim each row with an ETag-guarded move, and process the claimed
/// ones with bounded parallelism. A full batch means more may be due, so the tick reads again until it drains.
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
        for (var round = 0; round < MaxRounds; round++)
        {
            var (due, full) = await ReadDueAsync(settings.BatchSize, cancellationToken);
            if (due.Count == 0)
            {
                break;
            }

            var (claimed, delivered, failed) = await ProcessAsync(due, settings, cancellationToken);
            sent += delivered;
            Log.CheckInTick(logger, due.Count, claimed, delivered, failed);
            if (!full)
            {
                break;
            }
        }

        return sent;
    }

    private async Task<(List<ScheduleEntry> Due, bool Full)> ReadDueAsync(int batchSize, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var start = Random.Shared.Next(index.Shards);
        var due = new List<ScheduleEntry>();
        var full = false;
        for (var i = 0; i < index.Shards; i++)
        {
            try
            {
                var rows = await index.GetDueAsync((start + i) % index.Shards, now, batchSize, cancellationToken);
                due.AddRange(rows);
                full |= rows.Count >= batchSize;
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
            {
                Log.CheckInStorageFailed(logger, ex);
                return (due, false);
            }
        }

        var shuffled = due.ToArray();
        Random.Shared.Shuffle(shuffled);
        return ([.. shuffled], full);
    }

    private async Task<(int Claimed, int Delivered, int Failed)> ProcessAsync(
        List<ScheduleEntry> due, CheckInOptions settings, CancellationToken cancellationToken)
    {
        int claimed = 0, delivered = 0, failed = 0;
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
                if (await processor.ProcessAsync(mine, linked.Token) != DueAction.None)
                {
                    Interlocked.Increment(ref delivered);
                }
            }
            catch (Exception ex) when (!token.IsCancellationRequested)
            {
                Log.CheckInSendFailed(logger, ex, DueAction.None, ex.GetType().Name, settings.ClaimLease);
                Interlocked.Increment(ref failed);
            }
        });
        return (claimed, delivered, failed);
    }
}
