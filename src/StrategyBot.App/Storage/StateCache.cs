using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using StrategyBot.BotFramework.State;

namespace StrategyBot.App.Storage;

/// <summary>
/// The scopes this process wrote last, so the next turn of the same user starts from them instead of reading the row
/// again: one round trip per turn (the save) instead of two. Safe because every save is guarded by the row's ETag: a
/// copy that missed a change made elsewhere (another instance, the scheduler of another instance, a hand edit) fails
/// its save with a conflict, and the turn runs again on the stored row. Bounded by
/// <see cref="StorageOptions.StateCacheMegabytes"/>; an entry nobody used for <see cref="IdleExpiry"/> goes.
/// </summary>
/// <remarks>
/// Behind a load balancer without affinity (several instances; Bot Connector traffic carries no cookie) a user's
/// turns alternate between instances, and every cached copy would be stale, costing a save that fails plus a reload.
/// So a scope whose copy proved stale is not cached here again for <see cref="SharedBackoff"/>: its turns go back to
/// a load and a save, and the price is one extra round trip per instance and user per back-off.
/// </remarks>
internal sealed class StateCache : IDisposable
{
    internal static readonly TimeSpan IdleExpiry = TimeSpan.FromMinutes(20);
    internal static readonly TimeSpan SharedBackoff = TimeSpan.FromMinutes(10);

    // Stands for "changed elsewhere lately: do not cache"; counted as one small entry against the limit.
    private static readonly object s_shared = new();
    private const int SharedMarkerSize = 64;

    private readonly MemoryCache? _cache;

    public StateCache(IOptions<StorageOptions> options, TimeProvider time, StorageMetrics? metrics = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(time);
        var megabytes = options.Value.StateCacheMegabytes;
        if (megabytes > 0)
        {
            _cache = new MemoryCache(new MemoryCacheOptions
            {
                SizeLimit = megabytes * 1024L * 1024L,
                Clock = new TimeProviderClock(time),
                TrackStatistics = true,
            });
            metrics?.ObserveStateCache(() => Fill);
        }
    }

    /// <summary>How full the cache is; null when it is off.</summary>
    public StateCacheFill? Fill =>
        _cache?.GetCurrentStatistics() is { } statistics
            ? new StateCacheFill(statistics.CurrentEstimatedSize ?? 0, statistics.CurrentEntryCount)
            : null;

    /// <summary>False when <see cref="StorageOptions.StateCacheMegabytes"/> is 0: every load reads the store.</summary>
    public bool IsEnabled => _cache is not null;

    /// <summary>The scope as this process last wrote it, or null when it is not cached (or is backing off).</summary>
    public CachedState? Get(StateScope scope) =>
        _cache is not null && _cache.TryGetValue(scope, out var value) ? value as CachedState : null;

    /// <summary>
    /// Records a successful write of <paramref name="scope"/>. <paramref name="addIfAbsent"/> false refreshes an entry
    /// only if there is one, for writers (the check-in scheduler) that touch thousands of users who are not chatting.
    /// </summary>
    public void Saved(StateScope scope, CachedState? written, bool addIfAbsent)
    {
        if (_cache is null)
        {
            return;
        }

        var has = _cache.TryGetValue(scope, out var current);
        if (ReferenceEquals(current, s_shared))
        {
            return;
        }

        if (written is null)
        {
            // The row is gone (its last document was removed): a load of nothing is cheap and certain.
            _cache.Remove(scope);
            return;
        }

        if (has || addIfAbsent)
        {
            using var entry = _cache.CreateEntry(scope);
            entry.Value = written;
            entry.Size = written.Size;
            entry.SlidingExpiration = IdleExpiry;
        }
    }

    /// <summary>Drops whatever is held for <paramref name="scope"/> (its data was erased).</summary>
    public void Forget(StateScope scope) => _cache?.Remove(scope);

    /// <summary>
    /// A save of a set built from <paramref name="loadedFrom"/> (null: read from the store) conflicted. True when that
    /// copy is still this process's latest word on the scope: nothing here wrote it since, so the copy was stale before
    /// the turn began, and the scope backs off caching. Either way the entry goes, so the caller's reload reads the row.
    /// </summary>
    public bool Conflicted(StateScope scope, CachedState? loadedFrom)
    {
        if (_cache is null)
        {
            return false;
        }

        var stale = loadedFrom is not null && _cache.TryGetValue(scope, out var current) && ReferenceEquals(current, loadedFrom);
        if (stale)
        {
            using var marker = _cache.CreateEntry(scope);
            marker.Value = s_shared;
            marker.Size = SharedMarkerSize;
            marker.AbsoluteExpirationRelativeToNow = SharedBackoff;
        }
        else if (!(_cache.TryGetValue(scope, out var held) && ReferenceEquals(held, s_shared)))
        {
            _cache.Remove(scope);
        }

        return stale;
    }

    public void Dispose() => _cache?.Dispose();
}
