using System.Threading.RateLimiting;

namespace StrategyBot.App.RateLimiting;

/// <summary>
/// A token bucket on a <see cref="TimeProvider"/>: <c>limit</c> permits, one more every <c>refillInterval</c>, no
/// queueing. The framework's TokenBucketRateLimiter reads the Stopwatch and a timer, so tests could only prove a
/// refill by waiting in real time (dotnet/runtime#106447); this one refills lazily from the clock it is given.
/// </summary>
internal sealed class ClockedTokenBucket : RateLimiter
{
    private readonly TimeProvider _time;
    private readonly int _limit;
    private readonly TimeSpan _refillInterval;
    private readonly Lock _lock = new();
    private int _tokens;
    private long _refilledAt;
    private long? _fullSince;
    private bool _refusing;
    private long _granted;
    private long _refused;

    public ClockedTokenBucket(TimeProvider time, int limit, TimeSpan refillInterval)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(refillInterval, TimeSpan.Zero);
        _time = time;
        _limit = limit;
        _refillInterval = refillInterval;
        _tokens = limit;
        _refilledAt = time.GetTimestamp();
        _fullSince = _refilledAt;
    }

    public override TimeSpan? IdleDuration
    {
        get
        {
            lock (_lock)
            {
                Refill();
                return _fullSince is { } since ? _time.GetElapsedTime(since) : null;
            }
        }
    }

    public override RateLimiterStatistics? GetStatistics()
    {
        lock (_lock)
        {
            Refill();
            return new RateLimiterStatistics
            {
                CurrentAvailablePermits = _tokens,
                CurrentQueuedCount = 0,
                TotalSuccessfulLeases = _granted,
                TotalFailedLeases = _refused,
            };
        }
    }

    protected override RateLimitLease AttemptAcquireCore(int permitCount)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(permitCount);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(permitCount, _limit);
        lock (_lock)
        {
            Refill();
            if (_tokens >= permitCount && (permitCount > 0 || _tokens > 0))
            {
                _tokens -= permitCount;
                if (_tokens < _limit)
                {
                    _fullSince = null;
                }

                _refusing = false;
                _granted++;
                return BucketLease.Granted;
            }

            var first = !_refusing;
            _refusing = true;
            _refused++;
            var missing = Math.Max(1, permitCount - _tokens);
            var retryAfter = (_refillInterval * missing) - _time.GetElapsedTime(_refilledAt);
            return BucketLease.Refused(retryAfter > TimeSpan.Zero ? retryAfter : TimeSpan.Zero, first);
        }
    }

    protected override ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken) =>
        ValueTask.FromResult(AttemptAcquireCore(permitCount));

    private void Refill()
    {
        if (_tokens >= _limit)
        {
            // A full bucket does not bank time: the next refill is counted from the moment a permit is spent.
            _refilledAt = _time.GetTimestamp();
            return;
        }

        var elapsed = _time.GetElapsedTime(_refilledAt);
        var periods = (long)(elapsed / _refillInterval);
        if (periods <= 0)
        {
            return;
        }

        if (periods >= _limit - _tokens)
        {
            // Idle since the moment the last missing permit came back, not since someone looked.
            _refilledAt += ToTimestamp(_limit - _tokens);
            _fullSince = _refilledAt;
            _tokens = _limit;
            return;
        }

        _tokens += (int)periods;
        _refilledAt += ToTimestamp(periods);
    }

    private long ToTimestamp(long periods) => (long)(periods * _refillInterval.TotalSeconds * _time.TimestampFrequency);
}
