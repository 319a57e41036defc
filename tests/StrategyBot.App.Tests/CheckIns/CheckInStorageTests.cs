using System.Text.Json.Nodes;
using Azure.Data.Tables;
using StrategyBot.App.Conversation;
using StrategyBot.App.CheckIns;
using StrategyBot.App.Storage;
using StrategyBot.App.Tests.Storage;
using StrategyBot.BotFramework.Protocol;
using StrategyBot.BotFramework.State;
using StrategyBot.Domain.CheckIns;
using StrategyBot.Domain.Kpis;
using StrategyBot.Testing;

namespace StrategyBot.App.Tests.CheckIns;

/// <summary>
/// The check-ins against a real Azurite: the weekly records, the scheduler over the real index and state (two racing
/// instances, a user deleted mid-claim), and the turn handler. The index on its own is in ScheduleIndexTableTests.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class CheckInStorageTests(AzuriteFixture azurite)
{
    private static readonly DateTimeOffset Now = new(2027, 3, 22, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task History_SameWeekTwice_KeepsOneRowWithTheLatestNumbers()
    {
        var history = await NewHistoryAsync();
        var week = IsoWeek.Create(2027, 10);

        await history.SaveAsync(StateScope.ForUser("t", "u"), new CheckInRecord { PlanId = "plan", Week = week, Numbers = new WeeklyNumbers { Reach = 1 } }, CancellationToken.None);
        await history.SaveAsync(StateScope.ForUser("t", "u"), new CheckInRecord { PlanId = "plan", Week = week, Numbers = new WeeklyNumbers { Reach = 2.5m } }, CancellationToken.None);
        await history.SaveAsync(StateScope.ForUser("t", "u"), new CheckInRecord { PlanId = "plan", Week = week.AddWeeks(-1), Skipped = true, SkipReason = "ill" }, CancellationToken.None);
        await history.SaveAsync(StateScope.ForUser("t", "other"), new CheckInRecord { PlanId = "plan", Week = week, Numbers = new WeeklyNumbers { Reach = 9 } }, CancellationToken.None);

        var records = await history.GetRangeAsync(StateScope.ForUser("t", "u"), "plan", week.AddWeeks(-7), week, CancellationToken.None);

        Assert.Equal(["2027-W09", "2027-W10"], records.Select(r => r.Week.ToString()));
        Assert.True(records[0].Skipped);
        Assert.Equal("ill", records[0].SkipReason);
        Assert.Equal(2.5m, records[1].Numbers.Reach);
    }

    [Fact]
    public async Task History_DeleteAll_RemovesOnlyThatUsersWeeks()
    {
        var history = await NewHistoryAsync();
        var week = IsoWeek.Create(2027, 10);
        await history.SaveAsync(StateScope.ForUser("t", "u"), new CheckInRecord { PlanId = "plan", Week = week }, CancellationToken.None);
        await history.SaveAsync(StateScope.ForUser("t", "v"), new CheckInRecord { PlanId = "plan", Week = week }, CancellationToken.None);

        await history.DeleteAllAsync(StateScope.ForUser("t", "u"), CancellationToken.None);

        Assert.Empty(await history.GetRangeAsync(StateScope.ForUser("t", "u"), "plan", week, week, CancellationToken.None));
        Assert.Single(await history.GetRangeAsync(StateScope.ForUser("t", "v"), "plan", week, week, CancellationToken.None));
    }

    [Fact]
    public async Task Scheduler_TwoInstancesRacing_SendEveryDueCheckInExactlyOnce()
    {
        const int users = 40;
        var (store, _, _) = await StorageTestKit.NewStoreAsync(azurite);
        var (index, _) = await NewIndexAsync(shards: 4);
        var history = await NewHistoryAsync();
        var time = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(new DateTimeOffset(2027, 3, 20, 12, 0, 0, TimeSpan.Zero));
        using var first = new CheckInTestHost(time.GetUtcNow(), store, index, history, time);
        using var second = new CheckInTestHost(time.GetUtcNow(), store, index, history, time);
        for (var i = 0; i < users; i++)
        {
            await first.SeedUserAsync(CheckInSamples.Plan(), UserIn(i));
        }

        time.SetUtcNow(Now);
        await Task.WhenAll(
            Task.Run(() => first.Dispatcher.RunOnceAsync(CancellationToken.None)),
            Task.Run(() => second.Dispatcher.RunOnceAsync(CancellationToken.None)));
        await Task.WhenAll(first.Dispatcher.RunOnceAsync(CancellationToken.None), second.Dispatcher.RunOnceAsync(CancellationToken.None));

        var sent = first.Connector.Requests.Concat(second.Connector.Requests).ToList();
        var perConversation = sent.GroupBy(r => r.PathAndQuery).ToList();
        Assert.Equal(users, perConversation.Count);
        Assert.All(perConversation, g => Assert.Single(g));
        var nextWeek = Now.AddDays(7).AddHours(-1);
        Assert.Equal(users, (await Task.WhenAll(Enumerable.Range(0, index.Shards).Select(s => index.GetDueAsync(s, nextWeek, 100, CancellationToken.None)))).Sum(r => r.Count));
    }

    [Fact]
    public async Task Scheduler_ScopeDeletedWhileItsRowIsDue_CompletesTheClaimWithoutSendingOrWriting()
    {
        var (store, _, state) = await StorageTestKit.NewStoreAsync(azurite);
        var (index, schedule) = await NewIndexAsync(shards: 2);
        using var host = new CheckInTestHost(new DateTimeOffset(2027, 3, 20, 12, 0, 0, TimeSpan.Zero), store, index, await NewHistoryAsync());
        await host.SeedUserAsync(CheckInSamples.Plan());

        // The state goes but the index row stays: the scheduler claims it before "delete my data" reaches the index.
        await store.DeleteScopeAsync(CheckInTestHost.Scope, CancellationToken.None);

        var sent = await host.TickAtAsync(Now);

        Assert.Empty(sent);
        Assert.Empty(await state.QueryAsync<TableEntity>().ToListAsync());
        Assert.Empty(await schedule.QueryAsync<TableEntity>().ToListAsync());
    }

    [Fact]
    public async Task Scheduler_ScopeDeletedBetweenLoadAndSave_RecreatesNoDocumentAndNoWakeUp()
    {
        var (tableStore, _, state) = await StorageTestKit.NewStoreAsync(azurite);
        var store = new ErasingStateStore(tableStore);
        var (index, schedule) = await NewIndexAsync(shards: 2);
        using var host = new CheckInTestHost(new DateTimeOffset(2027, 3, 20, 12, 0, 0, TimeSpan.Zero), store, index, await NewHistoryAsync());
        await host.SeedUserAsync(CheckInSamples.Plan());
        store.EraseBeforeNextSave = true;

        var sent = await host.TickAtAsync(Now);

        Assert.Single(sent);
        Assert.Empty(await state.QueryAsync<TableEntity>().ToListAsync());
        Assert.Empty(await schedule.QueryAsync<TableEntity>().ToListAsync());
    }

    [Fact]
    public async Task Schedule_SlotChangedSeveralTimesAroundPauseResumeAndAClaim_LeavesOneRowAndOneWritePerTurn()
    {
        var (store, _, _) = await StorageTestKit.NewStoreAsync(azurite);
        var metrics = StorageTestKit.NewMetrics();
        var table = new TableClient(azurite.ConnectionString, AzuriteFixture.NewTableName("Schedule"));
        await table.CreateAsync();
        var index = new ScheduleIndexTable(table, metrics, shards: 4);
        using var host = new CheckInTestHost(new DateTimeOffset(2027, 3, 20, 12, 0, 0, TimeSpan.Zero), store, index, await NewHistoryAsync());
        await host.SeedUserAsync(CheckInSamples.Plan());
        var callsPerTurn = new List<long>();
        async Task SayAsync(string text)
        {
            var before = metrics.TotalCalls;
            await host.SayAsync(text);
            callsPerTurn.Add(metrics.TotalCalls - before);
        }

        await SayAsync("change check-in time to Sunday 10:00");
        await SayAsync("change check-in time to Friday 08:00");
        await SayAsync("pause check-ins");
        await SayAsync("resume check-ins");
        var claimed = await host.TickAtAsync(new DateTimeOffset(2027, 3, 21, 9, 0, 0, TimeSpan.Zero));
        await SayAsync("change check-in time to Wednesday 18:00");
        await SayAsync("change check-in time to Tuesday 09:00");
        var rows = await table.QueryAsync<TableEntity>().ToListAsync();
        var sent = await host.TickAtAsync(new DateTimeOffset(2027, 3, 23, 8, 0, 0, TimeSpan.Zero));

        Assert.Empty(claimed);
        var only = Assert.Single(rows);
        Assert.Equal(ScheduleIndexTable.RowKey(new DateTimeOffset(2027, 3, 23, 8, 0, 0, TimeSpan.Zero), CheckInTestHost.Scope), only.RowKey);

        // The index's share of each turn's storage budget: one write at most, and never a query.
        Assert.All(callsPerTurn, calls => Assert.True(calls <= 1, $"index round trips per turn: {string.Join(", ", callsPerTurn)}"));
        Assert.Single(sent);
        Assert.Single(await table.QueryAsync<TableEntity>().ToListAsync());
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Scheduler_StaleRowLeftByACrash_IsDroppedWhenMetAndTheCheckInStillGoesOut(bool recordedRowGone)
    {
        var (store, _, _) = await StorageTestKit.NewStoreAsync(azurite);
        var (index, table) = await NewIndexAsync(shards: 2);
        using var host = new CheckInTestHost(new DateTimeOffset(2027, 3, 20, 12, 0, 0, TimeSpan.Zero), store, index, await NewHistoryAsync());
        await host.SeedUserAsync(CheckInSamples.Plan());
        var slot = new DateTimeOffset(2027, 3, 22, 8, 0, 0, TimeSpan.Zero);
        var stale = new DateTimeOffset(2027, 3, 21, 9, 0, 0, TimeSpan.Zero);

        // A turn wrote a wake-up for a new slot (replacing the recorded row, or beside it as older code did) and then
        // failed to save, so the user's document still says Monday.
        await (recordedRowGone
            ? index.ReplaceAsync(CheckInTestHost.Scope, slot, stale, CancellationToken.None)
            : index.SetAsync(CheckInTestHost.Scope, stale, CancellationToken.None));
        var atStale = await host.TickAtAsync(stale);
        var rowsAfterStale = await table.QueryAsync<TableEntity>().ToListAsync();
        var atSlot = await host.TickAtAsync(slot);

        Assert.Empty(atStale);
        Assert.Equal(ScheduleIndexTable.RowKey(slot, CheckInTestHost.Scope), Assert.Single(rowsAfterStale).RowKey);
        Assert.Single(atSlot);
        Assert.Single(await table.QueryAsync<TableEntity>().ToListAsync());
    }

    [Fact]
    public async Task Scheduler_CheckInsBytesNotUtf8_SendsNothingKeepsTheExactBytesAndStaysPaused()
    {
        var (store, _, state) = await StorageTestKit.NewStoreAsync(azurite);
        var (index, schedule) = await NewIndexAsync(shards: 2);
        using var host = new CheckInTestHost(new DateTimeOffset(2027, 3, 20, 12, 0, 0, TimeSpan.Zero), store, index, await NewHistoryAsync());
        await host.SeedUserAsync(CheckInSamples.Plan());

        // Straight into the state row, past the store, as a hand edit in Storage Explorer would save it.
        var entity = StateEntity.ToEntity(
            TableKeys.Partition(CheckInTestHost.Scope), [KeyValuePair.Create(CheckInDocuments.Name, StoredDocument.Binary(UnreadableSamples.CheckIns))]);
        await state.UpdateEntityAsync(entity, Azure.ETag.All, TableUpdateMode.Merge);

        var sent = await host.TickAtAsync(Now);
        var weekLater = await host.TickAtAsync(Now.AddDays(7));

        Assert.Empty(sent);
        Assert.Empty(weekLater);
        var stored = await store.LoadAsync(CheckInTestHost.Scope, CancellationToken.None);
        Assert.Equal(PauseReason.Unreadable, TurnState.Of(stored).CheckIns.Paused);
        Assert.True(App.Conversation.UnreadableDocuments.TryRead(stored, CheckInDocuments.Name, out var copy));
        Assert.True(copy.NoticePending);
        Assert.Equal(UnreadableSamples.CheckIns, App.Conversation.UnreadableDocuments.Original(copy));
        Assert.Empty(await schedule.QueryAsync<TableEntity>().ToListAsync());
    }

    [Fact]
    public async Task TurnHandler_OverAzurite_ResubmitReplacesAndProgressReadsTheTable()
    {
        var (store, _, _) = await StorageTestKit.NewStoreAsync(azurite);
        var (index, _) = await NewIndexAsync(shards: 2);
        var history = await NewHistoryAsync();
        using var host = new CheckInTestHost(new DateTimeOffset(2027, 3, 11, 10, 0, 0, TimeSpan.Zero), store, index, history);
        await host.SeedUserAsync(CheckInSamples.Plan());

        await host.SubmitAsync(new JsonObject { ["action"] = "checkin", ["week"] = "2027-W10", ["reach"] = "7000" });
        host.Time.Advance(TimeSpan.FromMinutes(5));
        await host.SubmitAsync(new JsonObject { ["action"] = "checkin", ["week"] = "2027-W10", ["reach"] = "7100" });
        var (progress, _) = await host.SayAsync("show my progress");

        var records = await history.GetRangeAsync(CheckInTestHost.Scope, "plan", IsoWeek.Create(2027, 1), IsoWeek.Create(2027, 10), CancellationToken.None);
        Assert.Equal(7_100m, Assert.Single(records).Numbers.Reach);
        Assert.Contains("7,100", Cards.CardAssert.VisibleText(progress.Outbox[0].Attachments![0].Content!.AsObject()), StringComparison.Ordinal);
    }

    private static Activity UserIn(int i)
    {
        var tenant = $"tenant-{i:D3}";
        var activity = Activities.Message("hello", conversationId: $"a:conversation-{i:D3}", userId: $"29:user-{i:D3}");
        activity.Conversation!.TenantId = tenant;
        activity.ChannelData = new JsonObject { ["tenant"] = new JsonObject { ["id"] = tenant } };
        activity.From!.AadObjectId = $"aad-{i:D3}";
        activity.Locale = "en-US";
        return activity;
    }

    private async Task<(ScheduleIndexTable Index, TableClient Table)> NewIndexAsync(int shards)
    {
        var table = new TableClient(azurite.ConnectionString, AzuriteFixture.NewTableName("Schedule"));
        await table.CreateAsync();
        return (new ScheduleIndexTable(table, StorageTestKit.NewMetrics(), shards), table);
    }

    private async Task<CheckInHistoryTable> NewHistoryAsync()
    {
        var table = new TableClient(azurite.ConnectionString, AzuriteFixture.NewTableName("CheckIns"));
        await table.CreateAsync();
        return new CheckInHistoryTable(table, StorageTestKit.NewMetrics());
    }
}
