using Azure.Data.Tables;
using StrategyBot.App.Storage;
using StrategyBot.BotFramework.State;
using StrategyBot.Testing;

namespace StrategyBot.App.Tests.Storage;

/// <summary>The due-time index against a real Azurite: key-range reads, the order of a burst, ETag claims and completion.</summary>
[Collection(AzuriteCollection.Name)]
[Trait("Category", "Integration")]
public sealed class ScheduleIndexTableTests(AzuriteFixture azurite)
{
    private static readonly DateTimeOffset Now = new(2027, 3, 22, 8, 0, 0, TimeSpan.Zero);
    private static readonly StateScope User = StateScope.ForUser("tenant", "user");

    [Fact]
    public async Task GetDue_RangeQuery_ReturnsOnlyRowsDueByNowEarliestFirst()
    {
        var (index, _) = await NewIndexAsync(shards: 1);
        await index.SetAsync(StateScope.ForUser("t", "late"), Now.AddMinutes(1), CancellationToken.None);
        await index.SetAsync(StateScope.ForUser("t", "second"), Now, CancellationToken.None);
        await index.SetAsync(StateScope.ForUser("t", "first"), Now.AddDays(-3), CancellationToken.None);

        var due = await index.GetDueAsync(0, Now, 10, CancellationToken.None);

        Assert.Equal([StateScope.ForUser("t", "first"), StateScope.ForUser("t", "second")], due.Select(d => d.Scope));
        Assert.Equal(Now.AddDays(-3), due[0].Due);
    }

    [Fact]
    public async Task GetDue_BurstOfManyTenantsAtOneInstant_APageMixesTheTenants()
    {
        var (index, _) = await NewIndexAsync(shards: 1);
        for (var tenant = 0; tenant < 4; tenant++)
        {
            for (var user = 0; user < 25; user++)
            {
                await index.SetAsync(StateScope.ForUser($"tenant-{tenant}", $"user-{user:D2}"), Now, CancellationToken.None);
            }
        }

        var page = await index.GetDueAsync(0, Now, 20, CancellationToken.None);

        // In scope order the first 20 would all be tenant-0's.
        Assert.Equal(20, page.Count);
        Assert.Equal(4, page.Select(e => e.Scope.TenantId).Distinct().Count());
    }

    [Fact]
    public async Task GetDue_RowInTheFormerKeyFormat_IsStillClaimedAndCompleted()
    {
        var (index, table) = await NewIndexAsync(shards: 2);
        var shard = index.ShardOf(User);
        var former = Now.UtcTicks.ToString("D19", System.Globalization.CultureInfo.InvariantCulture) + "|" + TableKeys.Partition(User);
        await table.AddEntityAsync(new TableEntity(ScheduleIndexTable.PartitionKey(shard), former) { ["Scope"] = User.Key });

        var row = Assert.Single(await index.GetDueAsync(shard, Now, 10, CancellationToken.None));
        var claimed = await index.TryClaimAsync(row, Now.AddMinutes(5), CancellationToken.None);
        await index.CompleteAsync(claimed!, Now.AddDays(7), CancellationToken.None);

        Assert.Equal(Now, row.Due);
        Assert.Equal(User, row.Scope);
        var only = Assert.Single(await table.QueryAsync<TableEntity>().ToListAsync());
        Assert.Equal(ScheduleIndexTable.RowKey(Now.AddDays(7), User), only.RowKey);
    }

    [Fact]
    public async Task TryClaim_TwoClaimersOfOneRow_OnlyOneWins()
    {
        var (index, _) = await NewIndexAsync(shards: 2);
        await index.SetAsync(User, Now, CancellationToken.None);
        var shard = index.ShardOf(User);
        var row = Assert.Single(await index.GetDueAsync(shard, Now, 10, CancellationToken.None));

        var claims = await Task.WhenAll(
            index.TryClaimAsync(row, Now.AddMinutes(5), CancellationToken.None),
            index.TryClaimAsync(row, Now.AddMinutes(6), CancellationToken.None));

        var winner = Assert.Single(claims, c => c is not null);
        Assert.Empty(await index.GetDueAsync(shard, Now, 10, CancellationToken.None));
        Assert.Single(await index.GetDueAsync(shard, winner!.Due, 10, CancellationToken.None));
    }

    [Fact]
    public async Task Complete_ReplacesTheClaimedRowWithTheNextWakeUp()
    {
        var (index, table) = await NewIndexAsync(shards: 3);
        await index.SetAsync(User, Now, CancellationToken.None);
        var row = Assert.Single(await index.GetDueAsync(index.ShardOf(User), Now, 10, CancellationToken.None));
        var claimed = await index.TryClaimAsync(row, Now.AddMinutes(5), CancellationToken.None);

        await index.CompleteAsync(claimed!, Now.AddDays(7), CancellationToken.None);

        var rows = await table.QueryAsync<TableEntity>().ToListAsync();
        var only = Assert.Single(rows);
        Assert.Equal(ScheduleIndexTable.RowKey(Now.AddDays(7), User), only.RowKey);
        Assert.Equal(ScheduleIndexTable.PartitionKey(index.ShardOf(User)), only.PartitionKey);
    }

    [Fact]
    public async Task Complete_RowErasedWhileClaimed_RecordsNoNextWakeUp()
    {
        var (index, table) = await NewIndexAsync(shards: 3);
        await index.SetAsync(User, Now, CancellationToken.None);
        var row = Assert.Single(await index.GetDueAsync(index.ShardOf(User), Now, 10, CancellationToken.None));
        var claimed = await index.TryClaimAsync(row, Now.AddMinutes(5), CancellationToken.None);
        await index.DeleteAllAsync(User, CancellationToken.None);

        await index.CompleteAsync(claimed!, Now.AddDays(7), CancellationToken.None);

        Assert.Empty(await table.QueryAsync<TableEntity>().ToListAsync());
    }

    [Fact]
    public async Task Complete_RowReclaimedAfterTheLease_LeavesItToTheNewHolder()
    {
        var (index, table) = await NewIndexAsync(shards: 3);
        await index.SetAsync(User, Now, CancellationToken.None);
        var row = Assert.Single(await index.GetDueAsync(index.ShardOf(User), Now, 10, CancellationToken.None));
        var late = await index.TryClaimAsync(row, Now.AddMinutes(5), CancellationToken.None);
        var expired = Assert.Single(await index.GetDueAsync(late!.Shard, Now.AddMinutes(5), 10, CancellationToken.None));
        var holder = await index.TryClaimAsync(expired, Now.AddMinutes(10), CancellationToken.None);

        await index.CompleteAsync(late, Now.AddDays(7), CancellationToken.None);

        var only = Assert.Single(await table.QueryAsync<TableEntity>().ToListAsync());
        Assert.Equal(holder!.RowKey, only.RowKey);
    }

    [Fact]
    public async Task Replace_RecordedRowThere_LeavesOnlyTheNewRowInOneRoundTrip()
    {
        var metrics = StorageTestKit.NewMetrics();
        var (index, table) = await NewIndexAsync(shards: 3, metrics);
        await index.SetAsync(User, Now.AddDays(2), CancellationToken.None);
        await index.SetAsync(StateScope.ForUser("tenant", "other"), Now.AddDays(2), CancellationToken.None);
        var before = metrics.TotalCalls;

        await index.ReplaceAsync(User, Now.AddDays(2), Now.AddDays(1), CancellationToken.None);

        Assert.Equal(1, metrics.TotalCalls - before);
        var rows = await table.QueryAsync<TableEntity>().ToListAsync();
        Assert.Equal(
            new[] { ScheduleIndexTable.RowKey(Now.AddDays(1), User), ScheduleIndexTable.RowKey(Now.AddDays(2), StateScope.ForUser("tenant", "other")) }.Order(StringComparer.Ordinal),
            rows.Select(r => r.RowKey).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Replace_RecordedRowClaimedMeanwhile_WritesTheNewWakeUpAndLeavesTheClaimToItsHolder()
    {
        var (index, table) = await NewIndexAsync(shards: 3);
        await index.SetAsync(User, Now, CancellationToken.None);
        var row = Assert.Single(await index.GetDueAsync(index.ShardOf(User), Now, 10, CancellationToken.None));
        var claimed = await index.TryClaimAsync(row, Now.AddMinutes(5), CancellationToken.None);

        await index.ReplaceAsync(User, Now, Now.AddDays(1), CancellationToken.None);
        var duringClaim = await table.QueryAsync<TableEntity>().ToListAsync();
        await index.CompleteAsync(claimed!, Now.AddDays(1), CancellationToken.None);

        Assert.Equal(2, duringClaim.Count);
        Assert.Equal(ScheduleIndexTable.RowKey(Now.AddDays(1), User), Assert.Single(await table.QueryAsync<TableEntity>().ToListAsync()).RowKey);
    }

    private async Task<(ScheduleIndexTable Index, TableClient Table)> NewIndexAsync(int shards, StorageMetrics metrics)
    {
        var table = new TableClient(azurite.ConnectionString, AzuriteFixture.NewTableName("Schedule"));
        await table.CreateAsync();
        return (new ScheduleIndexTable(table, metrics, shards), table);
    }

    private async Task<(ScheduleIndexTable Index, TableClient Table)> NewIndexAsync(int shards)
    {
        var table = new TableClient(azurite.ConnectionString, AzuriteFixture.NewTableName("Schedule"));
        await table.CreateAsync();
        return (new ScheduleIndexTable(table, StorageTestKit.NewMetrics(), shards), table);
    }
}
