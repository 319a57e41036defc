using Azure.Data.Tables;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using StrategyBot.App.Storage;
using StrategyBot.Testing;

namespace StrategyBot.App.Tests.Storage;

[Collection(AzuriteCollection.Name)]
[Trait("Category", "Integration")]
public sealed class StorageInitializerTests
{
    private readonly AzuriteFixture _azurite;

    public StorageInitializerTests(AzuriteFixture azurite)
    {
        _azurite = azurite;
    }

    [Fact]
    public async Task StartAsync_Reachable_CreatesEveryTableAndIsIdempotent()
    {
        var options = new StorageOptions
        {
            ConnectionString = _azurite.ConnectionString,
            StateTable = AzuriteFixture.NewTableName("S"),
            CheckInsTable = AzuriteFixture.NewTableName("C"),
            ScheduleTable = AzuriteFixture.NewTableName("D"),
        };
        var client = new TableServiceClient(options.ConnectionString);

        await NewInitializer(client, options).StartAsync(CancellationToken.None);
        await NewInitializer(client, options).StartAsync(CancellationToken.None);

        var existing = client.Query().Select(t => t.Name).ToHashSet(StringComparer.Ordinal);
        Assert.Superset(options.TableNames.ToHashSet(StringComparer.Ordinal), existing);
    }

    [Fact]
    public async Task StartAsync_Unreachable_FailsNamingTheSettingToFix()
    {
        var options = new StorageOptions { ConnectionString = StorageTestKit.ClosedPortConnectionString(), StartupAttempts = 1 };

        var ex = await Assert.ThrowsAsync<InvalidOperationException>(
            () => NewInitializer(StorageClientFactory.Create(options), options).StartAsync(CancellationToken.None));

        Assert.Contains("Storage:ConnectionString", ex.Message, StringComparison.Ordinal);
        Assert.Contains("Storage__ConnectionString", ex.Message, StringComparison.Ordinal);
        Assert.Contains("127.0.0.1", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(AzuriteProcess.AccountKey, ex.Message, StringComparison.Ordinal);
    }

    private static StorageInitializer NewInitializer(TableServiceClient client, StorageOptions options) =>
        new(client, Options.Create(options), StorageTestKit.NewMetrics(), TimeProvider.System,
            new HostingEnvironment { EnvironmentName = Environments.Production },
            NullLogger<StorageInitializer>.Instance);
}
