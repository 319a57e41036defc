using Microsoft.Extensions.Time.Testing;

namespace StrategyBot.BotFramework.Tests.Protocol;

/// <summary>
/// A FakeTimeProvider that reports each timer it creates, so a test can wait until code is really waiting
/// (a retry delay, an acknowledgement timeout), assert the requested delay, and only then advance time.
/// </summary>
internal sealed class TimerRecordingTimeProvider(DateTimeOffset start) : FakeTimeProvider(start)
{
    private readonly Lock _lock = new();
    private readonly List<TimeSpan> _dueTimes = [];
    private readonly List<(Func<TimeSpan, bool> Match, int Count, TaskCompletionSource<TimeSpan> Signal)> _waiters = [];

    public TimerRecordingTimeProvider()
        : this(TimeProvider.System.GetUtcNow())
    {
    }

    public IReadOnlyList<TimeSpan> DueTimes
    {
        get
        {
            lock (_lock)
            {
                return [.. _dueTimes];
            }
        }
    }

    /// <summary>Completes with the due time of the <paramref name="count"/>-th created timer that matches.</summary>
    public Task<TimeSpan> WaitForTimerAsync(Func<TimeSpan, bool> match, int count = 1)
    {
        lock (_lock)
        {
            var matching = _dueTimes.Where(match).ToList();
            if (matching.Count >= count)
            {
                return Task.FromResult(matching[count - 1]);
            }

            var signal = new TaskCompletionSource<TimeSpan>(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiters.Add((match, count, signal));
            return signal.Task;
        }
    }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = base.CreateTimer(callback, state, dueTime, period);
        List<(TaskCompletionSource<TimeSpan> Signal, TimeSpan Due)> due = [];
        lock (_lock)
        {
            _dueTimes.Add(dueTime);
            foreach (var waiter in _waiters.ToList())
            {
                var matching = _dueTimes.Where(waiter.Match).ToList();
                if (matching.Count >= waiter.Count)
                {
                    due.Add((waiter.Signal, matching[waiter.Count - 1]));
                    _waiters.Remove(waiter);
                }
            }
        }

        foreach (var (signal, dueTime1) in due)
        {
            signal.TrySetResult(dueTime1);
        }

        return timer;
    }
}
