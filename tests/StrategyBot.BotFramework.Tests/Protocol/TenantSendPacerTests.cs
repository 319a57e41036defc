using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using StrategyBot.BotFramework.Protocol;

namespace StrategyBot.BotFramework.Tests.Protocol;

public sealed class TenantSendPacerTests
{
    private static readonly DateTimeOffset Start = new(2027, 3, 22, 8, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(40, 40)]
    [InlineData(10, 10)]
    [InlineData(22.5, 23)]
    public void WaitAsync_BurstToOneTenant_LetsOneGoPerIntervalInArrivalOrder(double perSecond, int mostInASecond)
    {
        var time = new FakeTimeProvider(Start);
        using var pacer = Pacer(perSecond, time);
        var waits = Enumerable.Range(0, 100).Select(_ => pacer.WaitAsync("tenant-a", CancellationToken.None)).ToList();

        var released = ReleaseTimes(time, waits, TimeSpan.FromSeconds(10));

        Assert.Equal(TimeSpan.Zero, released[0]);
        Assert.Equal(TimeSpan.FromMilliseconds(Math.Ceiling(1000 / perSecond)), released[1]);
        Assert.Equal(released.Order(), released);
        var busiest = released.Max(start => released.Count(r => r >= start && r < start + TimeSpan.FromSeconds(1)));
        Assert.InRange(busiest, (int)Math.Floor(perSecond), mostInASecond);
    }

    [Fact]
    public void WaitAsync_OtherTenant_IsNotHeldUp()
    {
        var time = new FakeTimeProvider(Start);
        using var pacer = Pacer(45, time);
        for (var i = 0; i < 50; i++)
        {
            _ = pacer.WaitAsync("busy", CancellationToken.None);
        }

        var quiet = pacer.WaitAsync("quiet", CancellationToken.None);

        Assert.True(quiet.IsCompletedSuccessfully);
        Assert.Equal(49, pacer.Waiting);
    }

    [Fact]
    public void WaitAsync_AfterAQuietSecond_StartsAgainWithoutWaiting()
    {
        var time = new FakeTimeProvider(Start);
        using var pacer = Pacer(45, time);
        _ = pacer.WaitAsync("tenant", CancellationToken.None);
        var second = pacer.WaitAsync("tenant", CancellationToken.None);
        for (var i = 0; i < 1000; i++)
        {
            time.Advance(TimeSpan.FromMilliseconds(1));
        }

        var third = pacer.WaitAsync("tenant", CancellationToken.None);

        Assert.True(second.IsCompletedSuccessfully);
        Assert.True(third.IsCompletedSuccessfully);
    }

    [Fact]
    public void WaitAsync_TimerFiresLate_LetsOneGoAndSpacesTheNextFromThen()
    {
        var time = new FakeTimeProvider(Start);
        using var pacer = Pacer(10, time);
        var waits = Enumerable.Range(0, 4).Select(_ => pacer.WaitAsync("tenant", CancellationToken.None)).ToList();

        // As if the process stalled for a third of a second: no catch-up burst afterwards.
        time.Advance(TimeSpan.FromMilliseconds(350));
        var afterStall = waits.Count(w => w.IsCompleted);
        time.Advance(TimeSpan.FromMilliseconds(99));
        var justBefore = waits.Count(w => w.IsCompleted);
        time.Advance(TimeSpan.FromMilliseconds(1));

        Assert.Equal(2, afterStall);
        Assert.Equal(2, justBefore);
        Assert.Equal(3, waits.Count(w => w.IsCompleted));
    }

    [Fact]
    public async Task WaitAsync_CancelledWhileQueued_ThrowsAndTheNextTakesTheSlot()
    {
        var time = new FakeTimeProvider(Start);
        using var pacer = Pacer(10, time);
        using var cancellation = new CancellationTokenSource();
        _ = pacer.WaitAsync("tenant", CancellationToken.None);
        var cancelled = pacer.WaitAsync("tenant", cancellation.Token);
        var next = pacer.WaitAsync("tenant", CancellationToken.None);

        await cancellation.CancelAsync();
        var waitingAfterCancel = pacer.Waiting;
        time.Advance(TimeSpan.FromMilliseconds(100));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => cancelled);
        Assert.Equal(1, waitingAfterCancel);
        Assert.True(next.IsCompletedSuccessfully);
        Assert.Equal(0, pacer.Waiting);
    }

    [Fact]
    public async Task WaitAsync_AlreadyCancelled_ThrowsWithoutTakingASlot()
    {
        var time = new FakeTimeProvider(Start);
        using var pacer = Pacer(10, time);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => pacer.WaitAsync("tenant", new CancellationToken(canceled: true)));

        Assert.True(pacer.WaitAsync("tenant", CancellationToken.None).IsCompletedSuccessfully);
    }

    [Fact]
    public async Task Dispose_WithCallersQueued_FailsThemInsteadOfLeavingThemHanging()
    {
        var time = new FakeTimeProvider(Start);
        var pacer = Pacer(10, time);
        _ = pacer.WaitAsync("tenant", CancellationToken.None);
        var queued = pacer.WaitAsync("tenant", CancellationToken.None);

        pacer.Dispose();

        await Assert.ThrowsAsync<ObjectDisposedException>(() => queued);
    }

    private static TenantSendPacer Pacer(double perSecond, TimeProvider time) =>
        new(Options.Create(new ProactivePacingOptions { SendsPerSecondPerTenant = perSecond }), time);

    // Advances the clock a millisecond at a time and notes when each wait completes.
    private static List<TimeSpan> ReleaseTimes(FakeTimeProvider time, List<Task> waits, TimeSpan limit)
    {
        var released = new TimeSpan?[waits.Count];
        for (var elapsed = TimeSpan.Zero; elapsed <= limit; elapsed += TimeSpan.FromMilliseconds(1))
        {
            for (var i = 0; i < waits.Count; i++)
            {
                if (released[i] is null && waits[i].IsCompletedSuccessfully)
                {
                    released[i] = elapsed;
                }
            }

            time.Advance(TimeSpan.FromMilliseconds(1));
        }

        Assert.All(released, r => Assert.NotNull(r));
        return [.. released.Select(r => r!.Value)];
    }
}
