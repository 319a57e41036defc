using Azure;
using Azure.Data.Tables;
using StrategyBot.Testing;

namespace StrategyBot.App.Tests.Storage;

/// <summary>The emulator the fixture and the end-to-end tests start: data on disk survives a graceful restart.</summary>
[Trait("Category", "Integration")]
public sealed class AzuriteProcessTests : IDisposable
{
    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), "strategybot-azurite-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task StartAsync_SameDataDirectoryAfterStop_KeepsRows()
    {
        var first = await AzuriteProcess.StartAsync(_dataDirectory);
        var table = new TableClient(first.ConnectionString, "Persisted");
        await table.CreateAsync();
        await table.AddEntityAsync(new TableEntity("user", "plan") { ["Title"] = "نوروز" });
        await first.StopAsync();

        await using var second = await AzuriteProcess.StartAsync(_dataDirectory, first.Port);
        var reloaded = await new TableClient(second.ConnectionString, "Persisted").GetEntityAsync<TableEntity>("user", "plan");

        Assert.Equal("نوروز", reloaded.Value.GetString("Title"));
        await first.DisposeAsync();
    }

    [Fact]
    public async Task StartAsync_InMemory_ServesOnLoopbackAndStopsCleanly()
    {
        var azurite = await AzuriteProcess.StartAsync();
        var options = new TableClientOptions();
        options.Retry.MaxRetries = 0;
        var client = new TableServiceClient(azurite.ConnectionString, options);
        await client.CreateTableAsync("Probe");

        await azurite.DisposeAsync();

        Assert.Equal("127.0.0.1", azurite.TableEndpoint.Host);
        Assert.Contains("successfully started", azurite.Output, StringComparison.Ordinal);
        await Assert.ThrowsAsync<RequestFailedException>(() => client.CreateTableAsync("AfterStop"));
    }

    public void Dispose()
    {
        if (Directory.Exists(_dataDirectory))
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
    }
}
