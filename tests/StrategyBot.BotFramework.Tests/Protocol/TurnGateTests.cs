using StrategyBot.BotFramework.Protocol;

namespace StrategyBot.BotFramework.Tests.Protocol;

public sealed class TurnGateTests
{
    [Fact]
    public async Task EnterAsync_KeyHeld_WaitsUntilReleasedThenServesInArrivalOrder()
    {
        var gate = new TurnGate();
        var first = await gate.EnterAsync("a", CancellationToken.None);
        var served = new List<int>();

        var waiters = Enumerable.Range(1, 5).Select(async i =>
        {
            using var lease = await gate.EnterAsync("a", CancellationToken.None);
            served.Add(i);
        }).ToArray();
        var waitingBeforeRelease = waiters.Count(w => !w.IsCompleted);
        first.Dispose();
        await Task.WhenAll(waiters);

        Assert.Equal(5, waitingBeforeRelease);
        Assert.Equal([1, 2, 3, 4, 5], served);
        Assert.Equal(0, gate.ActiveKeys);
    }

    [Fact]
    public async Task EnterAsync_OtherKey_DoesNotWait()
    {
        var gate = new TurnGate();
        using var held = await gate.EnterAsync("a", CancellationToken.None);

        var other = gate.EnterAsync("b", CancellationToken.None);
        var none = gate.EnterAsync(null, CancellationToken.None);

        Assert.True(other.IsCompletedSuccessfully);
        Assert.True(none.IsCompletedSuccessfully);
        (await other).Dispose();
        Assert.Equal(1, gate.ActiveKeys);
    }

    [Fact]
    public async Task EnterAsync_WaiterCancelled_LeavesTheQueueAndTheNextOneIsServed()
    {
        var gate = new TurnGate();
        var held = await gate.EnterAsync("a", CancellationToken.None);
        using var cancel = new CancellationTokenSource();
        var cancelled = gate.EnterAsync("a", cancel.Token);
        var next = gate.EnterAsync("a", CancellationToken.None);

        await cancel.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => cancelled);
        held.Dispose();
        (await next).Dispose();

        Assert.Equal(0, gate.ActiveKeys);
    }

    [Fact]
    public async Task Dispose_Twice_ReleasesOnce()
    {
        var gate = new TurnGate();
        var first = await gate.EnterAsync("a", CancellationToken.None);
        var second = gate.EnterAsync("a", CancellationToken.None);
        var third = gate.EnterAsync("a", CancellationToken.None);

        first.Dispose();
        first.Dispose();
        await second;

        Assert.False(third.IsCompleted);
        (await second).Dispose();
        (await third).Dispose();
        Assert.Equal(0, gate.ActiveKeys);
    }
}
