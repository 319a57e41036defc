using Microsoft.Extensions.Time.Testing;
using StrategyBot.BotFramework.Protocol;

namespace StrategyBot.BotFramework.Tests.Protocol;

/// <summary>
/// A FakeTimeProvider that counts its armed one-shot delays (a retry waiting out Retry-After), so a test can tell
/// when every send is parked (done, queued for a pacing slot, or in such a delay) and only then move the clock.
/// Moving it while a send is between its slot and the connector would stamp that attempt later than it was let go.
/// Attempt timeouts (the long timers) and idle timers are not counted.
/// </summary>
internal sealed class ParkingTimeProvider(DateTimeOffset start) : FakeTimeProvider(start)
{
    private int _armed;

    /// <summary>One-shot delays created and neither fired nor disposed yet.</summary>
    public int ArmedDelays => Volatile.Read(ref _armed);

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        if (dueTime <= TimeSpan.Zero || dueTime >= ConnectorResilience.AttemptTimeout || period != Timeout.InfiniteTimeSpan)
        {
            return base.CreateTimer(callback, state, dueTime, period);
        }

        Interlocked.Increment(ref _armed);
        var delay = new ArmedDelay(this);
        delay.Inner = base.CreateTimer(
            s =>
            {
                delay.Disarm();
                callback(s);
            },
            state,
            dueTime,
            period);
        return delay;
    }

    private sealed class ArmedDelay(ParkingTimeProvider owner) : ITimer
    {
        private int _disarmed;

        public ITimer Inner { get; set; } = null!;

        public void Disarm()
        {
            if (Interlocked.Exchange(ref _disarmed, 1) == 0)
            {
                Interlocked.Decrement(ref owner._armed);
            }
        }

        public bool Change(TimeSpan dueTime, TimeSpan period) => Inner.Change(dueTime, period);

        public void Dispose()
        {
            Disarm();
            Inner.Dispose();
        }

        public ValueTask DisposeAsync()
        {
            Disarm();
            return Inner.DisposeAsync();
        }
    }
}
