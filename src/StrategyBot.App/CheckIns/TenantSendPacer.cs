using Microsoft.Extensions.Options;

namespace StrategyBot.App.CheckIns;

/// <summary>
/// Keeps proactive sends within Teams' per-tenant rate (50 per second per app per tenant, bot-protocol.md §6): a
/// token bucket per tenant, driven by <see cref="TimeProvider"/>. Each caller reserves the next free slot and waits
/// for it, so a burst is spread evenly instead of retrying 429s. Other tenants are not held up.
/// </summary>
internal sealed class TenantSendPacer
{
    private static readonly TimeSpan IdleBucketLifetime = TimeSpan.FromMinutes(5);

    private readonly Lock _lock = new();
    private readonly Dictionary<string, Bucket> _buckets = new(StringComparer.Ordinal);
    private readonly TimeProvider _time;
    private readonly double _perSecond;
    private readonly double _burst;
    private DateTimeOffset _lastPrune;

    public TenantSendPacer(IOptions<CheckInOptions> options, TimeProvider time)
    {
        _time = time;
        _perSecond = options.Value.SendsPerSecondPerTenant;

        // No burst: a full bucket plus a second's refill could exceed the limit in one window, so sends are spaced
        // evenly at 1/rate seconds instead.
        _burst = 1;
        _lastPrune = time.GetUtcNow();
    }

    /// <summary>Waits until the tenant may send one more message.</summary>
    public async ValueTask WaitAsync(string? tenantId, CancellationToken cancellationToken)
    {
        var wait = Reserve(tenantId ?? string.Empty);
        if (wait > TimeSpan.Zero)
        {
            await Task.Delay(wait, _time, cancellationToken);
        }
    }

    /// <summary>Takes the tenant's next send slot and returns how long until it starts.</summary>
    internal TimeSpan Reserve(string tenantId)
    {
        var now = _time.GetUtcNow();
        lock (_lock)
        {
            Prune(now);
            if (!_buckets.TryGetValue(tenantId, out var bucket))
            {
                bucket = new Bucket { Tokens = _burst, UpdatedAt = now };
                _buckets[tenantId] = bucket;
            }

            var elapsed = Math.Max(0, (now - bucket.UpdatedAt).TotalSeconds);
            bucket.Tokens = Math.Min(_burst, bucket.Tokens + (elapsed * _perSecond));
            bucket.UpdatedAt = now;
            bucket.Tokens -= 1;
            return bucket.Tokens >= 0 ? TimeSpan.Zero : TimeSpan.FromSeconds(-bucket.Tokens / _perSecond);
        }
    }

    private void Prune(DateTimeOffset now)
    {
        if (now - _lastPrune < IdleBucketLifetime)
        {
            return;
        }

        _lastPrune = now;
        foreach (var (tenant, bucket) in _buckets.ToList())
        {
            if (now - bucket.UpdatedAt > IdleBucketLifetime)
            {
                _buckets.Remove(tenant);
            }
        }
    }

    private sealed class Bucket
    {
        public double Tokens { get; set; }

        public DateTimeOffset UpdatedAt { get; set; }
    }
}
