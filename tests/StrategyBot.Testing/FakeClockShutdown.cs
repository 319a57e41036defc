using Microsoft.Extensions.Time.Testing;

namespace StrategyBot.Testing;

/// <summary>
/// Shutting down a host whose TimeProvider is a <see cref="FakeTimeProvider"/>. Disposing the connector's resilience
/// pipelines waits for executions still in flight (a reply delivered in the background after an invoke's response) by
/// polling on the app's TimeProvider; with a fake clock nobody advances, that wait never ends (it hung CI). So the clock
/// runs while the host disposes, as real time would.
/// </summary>
public static class FakeClockShutdown
{
    /// <summary>Awaits <paramref name="disposing"/>, moving <paramref name="time"/> on by 100 ms every 10 ms of real time (at most 5 min of fake time).</summary>
    public static async Task LetTimeRunUntilAsync(this FakeTimeProvider time, Task disposing)
    {
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(disposing);
        for (var step = 0; !disposing.IsCompleted && step < 3000; step++)
        {
            time.Advance(TimeSpan.FromMilliseconds(100));
            await Task.WhenAny(disposing, Task.Delay(10));
        }

        await disposing.WaitAsync(TimeSpan.FromSeconds(5));
    }
}
