using Azure.Data.Tables;
using StrategyBot.App.Storage;
using StrategyBot.Testing;

namespace StrategyBot.App.Tests.Trust;

/// <summary>The check-in schedule's own "remove every wake-up of the user", which the privacy contract of IScheduleIndex promises.</summary>
[Collection(AzuriteCollection.Name)]
[Trait("Category", "Trust")]
public sealed class ScheduleIndexErasureTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task DeleteAllAsync_UserWithAWakeUp_RemovesOnlyThatUsersRows()
    {
        var table = new TableClient(azurite.ConnectionString, AzuriteFixture.NewTableName("trustindex"));
        await table.CreateAsync();
        var index = new ScheduleIndexTable(table, Storage.StorageTestKit.NewMetrics(), shards: 4);
        var due = new DateTimeOffset(2027, 3, 8, 9, 0, 0, TimeSpan.Zero);
        await index.SetAsync(TrustUser.Ada.Scope, due, CancellationToken.None);
        await index.SetAsync(TrustUser.Bob.Scope, due, CancellationToken.None);

        await index.DeleteAllAsync(TrustUser.Ada.Scope, CancellationToken.None);

        var left = new List<string>();
        await foreach (var row in table.QueryAsync<TableEntity>())
        {
            left.Add(row.GetString("Scope"));
        }

        Assert.Equal([TrustUser.Bob.Scope.Key], left);
    }
}
