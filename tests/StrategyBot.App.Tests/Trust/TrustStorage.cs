using Azure.Data.Tables;
using StrategyBot.App.CheckIns;
using StrategyBot.App.Storage;
using StrategyBot.Domain.CheckIns;
using StrategyBot.Domain.Kpis;
using StrategyBot.Testing;

namespace StrategyBot.App.Tests.Trust;

/// <summary>Direct looks at a <see cref="TrustHost"/>'s Azurite tables: every row, and check-in rows written by the real writers.</summary>
internal static class TrustStorage
{
    /// <summary>Every row of every table the host uses, as "table/partition/row" plus every property value.</summary>
    public static async Task<IReadOnlyList<string>> AllRowsAsync(AzuriteFixture azurite, TableNames tables)
    {
        var service = azurite.CreateServiceClient();
        var rows = new List<string>();
        foreach (var name in tables.All)
        {
            await foreach (var row in service.GetTableClient(name).QueryAsync<TableEntity>())
            {
                var values = string.Join(" ", row.Where(p => !p.Key.StartsWith("odata.", StringComparison.Ordinal)).Select(p => p.Value?.ToString()));
                rows.Add($"{name}/{row.PartitionKey}/{row.RowKey} {values}");
            }
        }

        return rows;
    }

    /// <summary>True when any row names the user: their scope, escaped scope, Entra object id or Teams id.</summary>
    public static bool Mentions(IEnumerable<string> rows, TrustUser user) => rows.Any(row =>
        row.Contains(user.Scope.Key, StringComparison.Ordinal)
        || row.Contains(TableKeys.Partition(user.Scope), StringComparison.Ordinal)
        || (row.Contains(user.AadObjectId, StringComparison.OrdinalIgnoreCase) && row.Contains(user.TenantId, StringComparison.OrdinalIgnoreCase)));

    /// <summary>Two weeks of check-in results and a schedule row for the user, written by the check-ins' own table classes.</summary>
    public static async Task SeedCheckInsAsync(AzuriteFixture azurite, TableNames tables, TrustUser user)
    {
        var service = azurite.CreateServiceClient();
        var metrics = Storage.StorageTestKit.NewMetrics();
        var history = new CheckInHistoryTable(service.GetTableClient(tables.CheckIns), metrics);
        var schedule = new ScheduleIndexTable(service.GetTableClient(tables.Schedule), metrics, shards: 16);
        foreach (var week in new[] { "2027-W08", "2027-W09" })
        {
            Assert.True(IsoWeek.TryParse(week, out var parsed));
            await history.SaveAsync(user.Scope, new CheckInRecord
            {
                PlanId = "plan",
                Week = parsed,
                Numbers = new WeeklyNumbers(),
                SubmittedAt = new DateTimeOffset(2027, 3, 1, 9, 0, 0, TimeSpan.Zero),
            }, CancellationToken.None);
        }

        await schedule.SetAsync(user.Scope, new DateTimeOffset(2027, 3, 8, 9, 0, 0, TimeSpan.Zero), CancellationToken.None);
    }
}
