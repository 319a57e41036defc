using StrategyBot.BotFramework.State;

namespace StrategyBot.BotFramework.Tests.State;

public sealed class StorageTallyTests
{
    [Fact]
    public async Task Record_InTheFlowThatStartedIt_CountsEveryCallIncludingAwaitedOnes()
    {
        var tally = StorageTally.Start();

        StorageTally.Record();
        await Task.Yield();
        await RecordTwiceAsync();

        Assert.Equal(3, tally.Calls);
    }

    [Fact]
    public async Task Record_InParallelWorkOfOneFlow_CountsEveryCallOnce()
    {
        var tally = StorageTally.Start();

        await Task.WhenAll(Enumerable.Range(0, 50).Select(_ => Task.Run(StorageTally.Record)));

        Assert.Equal(50, tally.Calls);
    }

    [Fact]
    public async Task Start_InConcurrentFlows_KeepsTheirCountsApart()
    {
        using var bothStarted = new Barrier(2);

        var counts = await Task.WhenAll(
            Task.Run(() => CountInOwnFlow(3, bothStarted)),
            Task.Run(() => CountInOwnFlow(7, bothStarted)));

        Assert.Equal([3, 7], counts);
    }

    [Fact]
    public async Task Start_InACalledAsyncMethod_LeavesTheCallersTallyAsItWasAfterItReturns()
    {
        var outer = StorageTally.Start();
        StorageTally.Record();

        var inner = await StartAndRecordAsync();
        StorageTally.Record();

        Assert.Equal(1, inner);
        Assert.Equal(2, outer.Calls);
    }

    [Fact]
    public async Task Record_InAFlowWithoutATally_CountsNowhere()
    {
        var tally = StorageTally.Start();

        // A flow that does not inherit this one's context, as a background service's loop would be.
        Task background;
        using (ExecutionContext.SuppressFlow())
        {
            background = Task.Run(StorageTally.Record);
        }

        await background;

        Assert.Equal(0, tally.Calls);
    }

    private static async Task RecordTwiceAsync()
    {
        await Task.Yield();
        StorageTally.Record();
        StorageTally.Record();
    }

    private static async Task<int> StartAndRecordAsync()
    {
        var tally = StorageTally.Start();
        await Task.Yield();
        StorageTally.Record();
        return tally.Calls;
    }

    private static int CountInOwnFlow(int calls, Barrier bothStarted)
    {
        var tally = StorageTally.Start();
        bothStarted.SignalAndWait(TimeSpan.FromSeconds(10));
        for (var i = 0; i < calls; i++)
        {
            StorageTally.Record();
        }

        return tally.Calls;
    }
}
