using Microsoft.Extensions.Options;

namespace StrategyBot.BotFramework.Protocol;

/// <summary>
/// Spaces proactive connector attempts per tenant so the bot stays under Teams' 50 requests per second per app per
/// tenant (docs/bot-protocol.md#rate-limits). Callers queue per tenant in arrival order and one timer per tenant lets them go one
/// at a time, each at least 1/rate after the previous one really went. A timer that fires late (a GC pause, a busy
/// machine) delays the queue rather than releasing a catch-up burst, so no one-second window ever holds more than
/// ⌈rate⌉ attempts; the price is that the achieved rate is a few percent below the configured one. Tenants never
/// wait for each other. Time is read from <see cref="TimeProvider"/>'s monotonic timestamp, so a wall-clock step
/// cannot open a burst either.
/// </summary>
internal sealed class TenantSendPacer : IDisposable
{
    private static readonly TimeSpan IdleLaneLifetime = TimeSpan.FromMinutes(5);

    private readonly Lock _lock = new();
    private readonly Dictionary<string, Lane> _lanes = new(StringComparer.Ordinal);
    private readonly TimeProvider _time;
    private readonly long _interval;
    private readonly long _idleLifetime;
    private long _lastPrune;
    private int _waiting;
    private bool _disposed;

    public TenantSendPacer(IOptions<ProactivePacingOptions> options, TimeProvider time)
    {
        _time = time;

        // Rounded up so that n attempts always span at least (n - 1) / rate seconds.
        _interval = (long)Math.Ceiling(time.TimestampFrequency / options.Value.SendsPerSecondPerTenant);
        _idleLifetime = (long)(IdleLaneLifetime.TotalSeconds * time.TimestampFrequency);
        _lastPrune = time.GetTimestamp();
    }

    /// <summary>The shortest gap between two attempts of one tenant.</summary>
    public TimeSpan Interval => TimeSpan.FromSeconds((double)_interval / _time.TimestampFrequency);

    /// <summary>Callers queued for a slot, over all tenants.</summary>
    internal int Waiting
    {
        get
        {
            lock (_lock)
            {
                return _waiting;
            }
        }
    }

    /// <summary>Completes when the tenant may make one more connector attempt; the slot is taken when it completes.</summary>
    public Task WaitAsync(string tenantId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(tenantId);
        if (cancellationToken.IsCancellationRequested)
        {
            return Task.FromCanceled(cancellationToken);
        }

        Waiter waiter;
        lock (_lock)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            var now = _time.GetTimestamp();
            Prune(now);
            if (!_lanes.TryGetValue(tenantId, out var lane))
            {
                lane = new Lane(now);
                _lanes.Add(tenantId, lane);
            }

            if (lane.Queue.Count == 0 && now >= lane.NextSlot)
            {
                lane.NextSlot = now + _interval;
                return Task.CompletedTask;
            }

            waiter = new Waiter(lane);
            waiter.Node = lane.Queue.AddLast(waiter);
            _waiting++;
            if (lane.Queue.Count == 1)
            {
                Arm(lane, now);
            }
        }

        var registration = cancellationToken.UnsafeRegister((state, token) => Cancel((Waiter)state!, token), waiter);
        lock (_lock)
        {
            if (waiter.Node is not null)
            {
                waiter.Registration = registration;
                return waiter.Task;
            }
        }

        // Already let go (or cancelled) before the registration existed.
        registration.Dispose();
        return waiter.Task;
    }

    public void Dispose()
    {
        List<Waiter> abandoned = [];
        lock (_lock)
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            foreach (var lane in _lanes.Values)
            {
                lane.Timer?.Dispose();
                abandoned.AddRange(lane.Queue);
                lane.Queue.Clear();
            }

            _lanes.Clear();
            _waiting = 0;
        }

        foreach (var waiter in abandoned)
        {
            waiter.TrySetException(new ObjectDisposedException(nameof(TenantSendPacer)));
        }
    }

    private void OnTimer(Lane lane)
    {
        Waiter? next = null;
        CancellationTokenRegistration registration = default;
        lock (_lock)
        {
            if (_disposed)
            {
                return;
            }

            var now = _time.GetTimestamp();
            if (now < lane.NextSlot)
            {
                // Timers round to whole milliseconds and may fire a fraction early.
                Arm(lane, now);
                return;
            }

            if (lane.Queue.First is { } first)
            {
                lane.Queue.Remove(first);
                first.Value.Node = null;
                _waiting--;
                next = first.Value;
                registration = next.Registration;

                // From now, not from the missed slot: a late timer must not release the next caller early.
                lane.NextSlot = now + _interval;
            }

            if (lane.Queue.Count > 0)
            {
                Arm(lane, now);
            }
        }

        if (next is not null)
        {
            registration.Dispose();
            next.TrySetResult();
        }
    }

    private void Cancel(Waiter waiter, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            if (waiter.Node is null)
            {
                return;
            }

            waiter.Lane.Queue.Remove(waiter.Node);
            waiter.Node = null;
            _waiting--;
        }

        waiter.TrySetCanceled(cancellationToken);
    }

    private void Arm(Lane lane, long now)
    {
        var remaining = TimeSpan.FromSeconds((double)Math.Max(0, lane.NextSlot - now) / _time.TimestampFrequency);
        var due = TimeSpan.FromMilliseconds(Math.Max(1, Math.Ceiling(remaining.TotalMilliseconds)));
        lane.Timer ??= _time.CreateTimer(state => OnTimer((Lane)state!), lane, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        lane.Timer.Change(due, Timeout.InfiniteTimeSpan);
    }

    private void Prune(long now)
    {
        if (now - _lastPrune < _idleLifetime)
        {
            return;
        }

        _lastPrune = now;
        foreach (var (tenant, lane) in _lanes.ToList())
        {
            if (lane.Queue.Count == 0 && now - lane.NextSlot > _idleLifetime)
            {
                lane.Timer?.Dispose();
                _lanes.Remove(tenant);
            }
        }
    }

    private sealed class Lane(long now)
    {
        public LinkedList<Waiter> Queue { get; } = new();

        public long NextSlot { get; set; } = now;

        public ITimer? Timer { get; set; }
    }

    private sealed class Waiter(Lane lane) : TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)
    {
        public Lane Lane { get; } = lane;

        public LinkedListNode<Waiter>? Node { get; set; }

        public CancellationTokenRegistration Registration { get; set; }
    }
}
