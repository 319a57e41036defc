using Azure.Data.Tables;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using StrategyBot.App.Storage;
using StrategyBot.Testing;

namespace StrategyBot.App.Tests.Storage;

[Collection(AzuriteCollection.Name)]
[Trait("Category", "Integration")]
public sealed class StorageHealthCheckTests
{
    private readonly AzuriteFixture _azurite;

    public StorageHealthCheckTests(AzuriteFixture azurite)
    {
        _azurite = azurite;
    }

    [Fact]
    public async Task CheckHealthAsync_AzuriteWithStateTable_IsHealthy()
    {
        var options = new StorageOptions { ConnectionString = _azurite.ConnectionString, StateTable = AzuriteFixture.NewTableName("Health") };
        var client = new TableServiceClient(options.ConnectionString);
        await client.CreateTableAsync(options.StateTable);
        var metrics = StorageTestKit.NewMetrics();

        var result = await Check(client, options, metrics);

        Assert.Equal(HealthStatus.Healthy, result.Status);
        Assert.Equal(1, metrics.CallsFor(StorageMetrics.HealthCheck));
    }

    [Fact]
    public async Task CheckHealthAsync_StateTableMissing_IsUnhealthyAndSaysWhich()
    {
        var options = new StorageOptions { ConnectionString = _azurite.ConnectionString, StateTable = AzuriteFixture.NewTableName("Missing") };

        var result = await Check(new TableServiceClient(options.ConnectionString), options, StorageTestKit.NewMetrics());

        Assert.Equal(HealthStatus.Unhealthy, result.Status);
        Assert.Contains(options.StateTable, result.Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CheckHealthAsync_ClosedPort_IsUnhealthy()
    {
        var options = new StorageOptions { ConnectionString = StorageTestKit.ClosedPortConnectionString() };

        var result = await Check(StorageClientFactory.Create(options), options, StorageTestKit.NewMetrics());

        Assert.Equal(HealthStatus.Unhealthy, result.Status);
        Assert.Equal("Table storage is unreachable.", result.Description);
        Assert.NotNull(result.Exception);
    }

    private static Task<HealthCheckResult> Check(TableServiceClient client, StorageOptions options, StorageMetrics metrics)
    {
        var check = new StorageHealthCheck(client, Options.Create(options), metrics, TimeProvider.System);
        var context = new HealthCheckContext
        {
            Registration = new HealthCheckRegistration(StorageHealthCheck.Name, check, HealthStatus.Unhealthy, tags: null),
        };
        return check.CheckHealthAsync(context, CancellationToken.None);
    }
}
