using System.Diagnostics.Metrics;
using System.Net;
using System.Net.Sockets;
using Azure.Data.Tables;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using StrategyBot.App.Storage;
using StrategyBot.BotFramework.State;
using StrategyBot.Testing;

namespace StrategyBot.App.Tests.Storage;

/// <summary>Builders the storage tests share: metrics, stores on fresh tables, and an address nothing listens on.</summary>
internal static class StorageTestKit
{
    public static StorageMetrics NewMetrics() =>
        new(new ServiceCollection().AddMetrics().BuildServiceProvider().GetRequiredService<IMeterFactory>());

    /// <summary>A store on its own new table, so no other test sees its rows.</summary>
    public static async Task<(TableStateStore Store, StorageMetrics Metrics, TableClient Table)> NewStoreAsync(AzuriteFixture azurite)
    {
        var table = new TableClient(azurite.ConnectionString, AzuriteFixture.NewTableName("State"));
        await table.CreateAsync();
        var metrics = NewMetrics();
        return (new TableStateStore(table, metrics, NullLogger<TableStateStore>.Instance), metrics, table);
    }

    /// <summary>Every row of the scope's partition, straight from the table.</summary>
    public static async Task<List<TableEntity>> RowsAsync(TableClient table, StateScope scope) =>
        await table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {TableKeys.Partition(scope)}")).ToListAsync();

    /// <summary>Development-account settings for a loopback port with no listener: every call fails to connect.</summary>
    public static string ClosedPortConnectionString()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return $"DefaultEndpointsProtocol=http;AccountName={AzuriteProcess.AccountName};AccountKey={AzuriteProcess.AccountKey};" +
            $"TableEndpoint=http://127.0.0.1:{port}/{AzuriteProcess.AccountName};";
    }
}
