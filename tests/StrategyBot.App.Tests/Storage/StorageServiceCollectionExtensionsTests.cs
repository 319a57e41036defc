using System.Text.Json.Nodes;
using Azure.Data.Tables;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using StrategyBot.App.Storage;
using StrategyBot.BotFramework.State;
using StrategyBot.Testing;

namespace StrategyBot.App.Tests.Storage;

[Collection(AzuriteCollection.Name)]
[Trait("Category", "Integration")]
public sealed class StorageServiceCollectionExtensionsTests
{
    private readonly AzuriteFixture _azurite;

    public StorageServiceCollectionExtensionsTests(AzuriteFixture azurite)
    {
        _azurite = azurite;
    }

    [Fact]
    public async Task AddStorage_HostStarts_TablesExistStoreWorksAndHealthIsGood()
    {
        var stateTable = AzuriteFixture.NewTableName("Host");
        using var host = BuildHost(new()
        {
            ["Storage:ConnectionString"] = _azurite.ConnectionString,
            ["Storage:StateTable"] = stateTable,
            ["Storage:CheckInsTable"] = AzuriteFixture.NewTableName("HostC"),
            ["Storage:ScheduleTable"] = AzuriteFixture.NewTableName("HostS"),
        });

        await host.StartAsync();
        var store = host.Services.GetRequiredService<IStateStore>();
        var scope = StateScope.ForUser("tenant", "host-user");
        var state = await store.LoadAsync(scope, CancellationToken.None);
        state.Set("plan", new JsonObject { ["ok"] = true });
        await store.SaveAsync(state, CancellationToken.None);
        var health = await host.Services.GetRequiredService<HealthCheckService>().CheckHealthAsync(CancellationToken.None);
        await host.StopAsync();

        Assert.IsType<TableStateStore>(store);
        Assert.Same(host.Services.GetRequiredService<TableServiceClient>(), host.Services.GetRequiredService<TableServiceClient>());
        Assert.Equal(HealthStatus.Healthy, health.Entries[StorageHealthCheck.Name].Status);
        Assert.Single(new TableClient(_azurite.ConnectionString, stateTable).Query<TableEntity>());
    }

    [Fact]
    public async Task AddStorage_ProductionWithoutConnectionString_HostRefusesToStart()
    {
        using var host = BuildHost([]);

        var ex = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("Storage:ConnectionString is not set", ex.Message, StringComparison.Ordinal);
    }

    private static IHost BuildHost(Dictionary<string, string?> settings)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = Environments.Production });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddStorage(builder.Configuration);
        return builder.Build();
    }
}
