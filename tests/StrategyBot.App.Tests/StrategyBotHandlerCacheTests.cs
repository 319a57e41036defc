using Azure.Data.Tables;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using StrategyBot.App.Storage;
using StrategyBot.App.Tests.Pipeline;
using StrategyBot.App.Tests.Storage;
using StrategyBot.Testing;

namespace StrategyBot.App.Tests;

/// <summary>
/// The turn pipeline over the real table store and its cache on Azurite, as one instance and as two instances behind a
/// load balancer without affinity: the cache saves the load of every turn that follows this instance's own, and a user
/// whose turns alternate between instances never has an answer lost, misfiled or answered with "you moved on".
/// </summary>
[Collection(AzuriteCollection.Name)]
[Trait("Category", "Integration")]
public sealed class StrategyBotHandlerCacheTests(AzuriteFixture azurite) : IDisposable
{
    private const string StorageCalls = "strategybot.turn.storage_calls";

    private readonly List<StateCache> _caches = [];
    private readonly string _table = AzuriteFixture.NewTableName("Turns");

    public void Dispose() => _caches.ForEach(c => c.Dispose());

    [Fact]
    public async Task Conversation_OnOneInstance_EveryTurnAfterTheFirstCostsOnlyItsSave()
    {
        var bot = await NewInstanceAsync();
        using var calls = new MetricCollector<int>(bot.MeterFactory, TurnStorageMetrics.MeterName, StorageCalls);
        using var heavy = new MetricCollector<long>(bot.MeterFactory, TurnStorageMetrics.MeterName, "strategybot.turn.storage_heavy");

        var ask = await bot.SayAsync("hi");
        var next = await bot.SayAsync("We sell handmade shoes");
        var done = await bot.SayAsync("Small boutiques in Shiraz");

        Assert.Equal("What does your business sell?", Assert.Single(ask.Outbox).Text);
        Assert.Equal("Who buys it?", Assert.Single(next.Outbox).Text);
        Assert.Equal("Thanks, that's all.", Assert.Single(done.Outbox).Text);
        Assert.Equal([2, 1, 1], calls.GetMeasurementSnapshot().Select(m => m.Value));
        Assert.Empty(heavy.GetMeasurementSnapshot());
    }

    [Fact]
    public async Task Conversation_AlternatingBetweenTwoInstances_EveryAnswerLandsOnItsQuestion()
    {
        var first = await NewInstanceAsync();
        var second = await NewInstanceAsync();
        using var firstCalls = new MetricCollector<int>(first.MeterFactory, TurnStorageMetrics.MeterName, StorageCalls);
        using var heavy = new MetricCollector<long>(first.MeterFactory, TurnStorageMetrics.MeterName, "strategybot.turn.storage_heavy");

        var ask = await first.SayAsync("hi");
        var next = await second.SayAsync("We sell handmade shoes");
        var done = await first.SayAsync("Small boutiques in Shiraz");

        Assert.Equal("What does your business sell?", Assert.Single(ask.Outbox).Text);
        Assert.Equal("Who buys it?", Assert.Single(next.Outbox).Text);
        Assert.Equal("Thanks, that's all.", Assert.Single(done.Outbox).Text);

        // The stale copy cost its refused save, a load and the save that counted, and that turn is counted as heavy.
        Assert.Equal([2, 3], firstCalls.GetMeasurementSnapshot().Select(m => m.Value));
        Assert.Equal(1, Assert.Single(heavy.GetMeasurementSnapshot()).Value);
    }

    [Fact]
    public async Task Conversation_AfterAStaleCopy_ThatInstanceReadsTheUsersStateAgainInsteadOfFailingEachTurn()
    {
        var first = await NewInstanceAsync();
        var second = await NewInstanceAsync();
        await first.SayAsync("hi");
        await second.SayAsync("We sell handmade shoes");
        await first.SayAsync("Small boutiques in Shiraz");
        await second.SayAsync("hi");
        using var firstCalls = new MetricCollector<int>(first.MeterFactory, TurnStorageMetrics.MeterName, StorageCalls);

        var answer = await first.SayAsync("We sell handmade bags");

        Assert.Equal("Who buys it?", Assert.Single(answer.Outbox).Text);
        Assert.Equal(2, Assert.Single(firstCalls.GetMeasurementSnapshot()).Value);
    }

    [Fact]
    public async Task Redelivery_ToTheInstanceWhoseCopyPredatesTheFirstDelivery_IsDroppedAfterItsSaveIsRefused()
    {
        var first = await NewInstanceAsync();
        var second = await NewInstanceAsync();
        await first.SayAsync("hi");
        var answer = Activities.Message("We sell handmade shoes");
        var delivered = await second.SendAsync(answer);

        var redelivered = await first.SendAsync(answer);
        var next = await first.SayAsync("Small boutiques in Shiraz");

        Assert.Equal("Who buys it?", Assert.Single(delivered.Outbox).Text);
        Assert.Empty(redelivered.Outbox);
        Assert.Equal("Thanks, that's all.", Assert.Single(next.Outbox).Text);
    }

    private async Task<PipelineHost> NewInstanceAsync()
    {
        var table = new TableClient(azurite.ConnectionString, _table);
        await table.CreateIfNotExistsAsync();
        var cache = new StateCache(
            Options.Create(new StorageOptions { ConnectionString = azurite.ConnectionString, StateCacheMegabytes = 4 }),
            TimeProvider.System);
        _caches.Add(cache);
        return new PipelineHost(new TableStateStore(table, StorageTestKit.NewMetrics(), NullLogger<TableStateStore>.Instance, cache));
    }
}
