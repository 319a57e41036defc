using StrategyBot.BotFramework.State;

namespace StrategyBot.App.CheckIns;

/// <summary>
/// The due-time index the scheduler reads (the CheckInSchedule table): one row per wake-up, keyed so that "what is
/// due now" is a key-range query per partition, never a scan of every user.
/// </summary>
internal interface IScheduleIndex
{
    /// <summary>The number of partitions; the scheduler queries each.</summary>
    int Shards { get; }

    /// <summary>Records a wake-up for the user at <paramref name="due"/> (idempotent).</summary>
    Task SetAsync(StateScope scope, DateTimeOffset due, CancellationToken cancellationToken);

    /// <summary>
    /// Moves the user's wake-up from <paramref name="replacing"/> (the row their check-in document recorded) to
    /// <paramref name="due"/> in one transaction, so a user keeps one row however often the slot changes. When that
    /// row is gone already (claimed, completed or erased meanwhile) the new wake-up is written on its own.
    /// </summary>
    Task ReplaceAsync(StateScope scope, DateTimeOffset replacing, DateTimeOffset due, CancellationToken cancellationToken);

    /// <summary>Up to <paramref name="max"/> rows of one partition that are due at <paramref name="now"/>, earliest first.</summary>
    Task<IReadOnlyList<ScheduleEntry>> GetDueAsync(int shard, DateTimeOffset now, int max, CancellationToken cancellationToken);

    /// <summary>
    /// Claims a due row by moving it, ETag-guarded, to <paramref name="leaseUntil"/>: null when another instance
    /// claimed it first. If the claimer dies, the moved row falls due again when the lease ends, so nothing is lost.
    /// </summary>
    Task<ScheduleEntry?> TryClaimAsync(ScheduleEntry entry, DateTimeOffset leaseUntil, CancellationToken cancellationToken);

    /// <summary>
    /// Removes a claimed row and, in the same transaction, records the next wake-up (none when null). When the row is no
    /// longer the claimed one (another instance took it after the lease, or the user's data was deleted), does nothing.
    /// </summary>
    Task CompleteAsync(ScheduleEntry claimed, DateTimeOffset? next, CancellationToken cancellationToken);

    /// <summary>Removes every wake-up of the user (the privacy command); partition-local, so it is cheap.</summary>
    Task DeleteAllAsync(StateScope scope, CancellationToken cancellationToken);
}
