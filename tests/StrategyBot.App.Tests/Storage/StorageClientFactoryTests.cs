using System.Text.Json.Nodes;
using Azure.Data.Tables;
using Microsoft.Extensions.Logging.Abstractions;
using StrategyBot.App.Storage;
using StrategyBot.BotFramework.State;
using StrategyBot.Testing;

namespace StrategyBot.App.Tests.Storage;

/// <summary>
/// The shared IStateStore contract once more, through the client the app builds (its transport buffers response
/// bodies itself, see BufferedResponseHandler): point reads, conflicts (412 and 409 bodies), deletes and queries must
/// behave exactly as through the SDK's default transport.
/// </summary>
[Collection(AzuriteCollection.Name)]
[Trait("Category", "Integration")]
public sealed class StorageClientFactoryTests : StateStoreContractTests
{
    private readonly TableClient _table;

    public StorageClientFactoryTests(AzuriteFixture azurite)
    {
        ArgumentNullException.ThrowIfNull(azurite);
        _table = StorageClientFactory.Create(new StorageOptions { ConnectionString = azurite.ConnectionString })
            .GetTableClient(AzuriteFixture.NewTableName("Factory"));
        _table.Create();
    }

    protected override IStateStore CreateStore() =>
        new TableStateStore(_table, StorageTestKit.NewMetrics(), NullLogger<TableStateStore>.Instance);

    [Fact]
    public async Task LoadAsync_RowOfSeveralKilobytes_ComesBackWhole()
    {
        var store = CreateStore();
        var scope = NewScope();
        var state = await store.LoadAsync(scope, CancellationToken.None);
        var answers = new JsonArray([.. Enumerable.Range(0, 400).Select(i => JsonValue.Create($"پاسخ {i} answer"))]);
        state.Set("plan", new JsonObject { ["answers"] = answers });

        await store.SaveAsync(state, CancellationToken.None);
        var reloaded = await store.LoadAsync(scope, CancellationToken.None);

        Assert.Equal(answers.ToJsonString(), reloaded.Get("plan")!["answers"]!.ToJsonString());
    }
}
