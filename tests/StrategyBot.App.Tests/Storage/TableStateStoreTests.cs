using System.Text.Json.Nodes;
using Azure;
using Azure.Data.Tables;
using Microsoft.Extensions.Logging.Abstractions;
using StrategyBot.App.Storage;
using StrategyBot.BotFramework.State;
using StrategyBot.Testing;

namespace StrategyBot.App.Tests.Storage;

/// <summary>
/// The shared IStateStore contract (the same tests the in-memory store passes), plus what only the table store
/// promises: one round trip per load and per save, escaped keys, chunking, batches, against a real Azurite.
/// </summary>
[Collection(AzuriteCollection.Name)]
[Trait("Category", "Integration")]
public sealed class TableStateStoreTests : StateStoreContractTests
{
    private readonly AzuriteFixture _azurite;
    private readonly TableClient _contractTable;

    public TableStateStoreTests(AzuriteFixture azurite)
    {
        _azurite = azurite;
        _contractTable = new TableClient(azurite.ConnectionString, AzuriteFixture.NewTableName("Contract"));
        _contractTable.Create();
    }

    protected override IStateStore CreateStore() =>
        new TableStateStore(_contractTable, StorageTestKit.NewMetrics(), NullLogger<TableStateStore>.Instance);

    protected override string NewScope() => NewUserScope();

    [Fact]
    public async Task SaveAsync_NewDocuments_KeepTheETagsTheBatchReturned()
    {
        var (store, _, _) = await StorageTestKit.NewStoreAsync(_azurite);
        var scope = NewUserScope();
        var state = await store.LoadAsync(scope, CancellationToken.None);
        state.Set("dialog", new JsonObject { ["step"] = 2, ["id"] = "interview" });
        state.Set("plan", new JsonObject { ["title"] = "کمپین نوروز ۱۴۰۴ 🌱", ["budget"] = 1500.5 });

        await store.SaveAsync(state, CancellationToken.None);
        var reloaded = await store.LoadAsync(scope, CancellationToken.None);

        Assert.False(state.HasChanges);
        Assert.All(state.Documents, d => Assert.False(string.IsNullOrEmpty(d.ETag)));
        Assert.Equal(2, reloaded.Get("dialog")!["step"]!.GetValue<int>());
        Assert.Equal("کمپین نوروز ۱۴۰۴ 🌱", reloaded.Get("plan")!["title"]!.GetValue<string>());
        Assert.Equal(
            state.Documents.OrderBy(d => d.Name).Select(d => d.ETag),
            reloaded.Documents.OrderBy(d => d.Name).Select(d => d.ETag));
    }

    [Fact]
    public async Task SaveAsync_TwoConcurrentSavesFromOneSnapshot_ExactlyOneWins()
    {
        var (store, _, _) = await StorageTestKit.NewStoreAsync(_azurite);
        var scope = NewUserScope();
        await SeedAsync(store, scope, "dialog");
        var phone = await store.LoadAsync(scope, CancellationToken.None);
        var laptop = await store.LoadAsync(scope, CancellationToken.None);
        phone.Set("dialog", new JsonObject { ["by"] = "phone" });
        laptop.Set("dialog", new JsonObject { ["by"] = "laptop" });

        var saves = new[] { store.SaveAsync(phone, CancellationToken.None), store.SaveAsync(laptop, CancellationToken.None) };
        var outcome = await Task.WhenAll(saves.Select(async s =>
        {
            try
            {
                await s;
                return "won";
            }
            catch (StateConflictException)
            {
                return "conflict";
            }
        }));

        Assert.Equal(["conflict", "won"], outcome.Order());
        var winner = outcome[0] == "won" ? "phone" : "laptop";
        var reloaded = await store.LoadAsync(scope, CancellationToken.None);
        Assert.Equal(winner, reloaded.Get("dialog")!["by"]!.GetValue<string>());
    }

    [Fact]
    public async Task SaveAsync_AddedThenRemovedInOneTurn_MakesNoCall()
    {
        var (store, metrics, _) = await StorageTestKit.NewStoreAsync(_azurite);
        var state = await store.LoadAsync(NewUserScope(), CancellationToken.None);
        state.Set("scratch", new JsonObject());
        state.Remove("scratch");
        var before = metrics.TotalCalls;

        await store.SaveAsync(state, CancellationToken.None);

        Assert.Equal(before, metrics.TotalCalls);
        Assert.False(state.HasChanges);
    }

    [Fact]
    public async Task LoadAndSave_OneTurn_CostOneRoundTripEach()
    {
        var (store, metrics, _) = await StorageTestKit.NewStoreAsync(_azurite);
        var scope = NewUserScope();
        await SeedAsync(store, scope, "dedupe", "dialog", "reference", "plan");
        var loadsBefore = metrics.CallsFor(StorageMetrics.StateLoad);
        var savesBefore = metrics.CallsFor(StorageMetrics.StateSave);

        var state = await store.LoadAsync(scope, CancellationToken.None);
        state.Set("dedupe", new JsonObject { ["ids"] = new JsonArray("a1") });
        state.Set("dialog", new JsonObject { ["step"] = 3 });
        state.Remove("reference");
        state.Set("checkin", new JsonObject { ["week"] = "2026-W48" });
        await store.SaveAsync(state, CancellationToken.None);

        Assert.Equal(1, metrics.CallsFor(StorageMetrics.StateLoad) - loadsBefore);
        Assert.Equal(1, metrics.CallsFor(StorageMetrics.StateSave) - savesBefore);
    }

    [Fact]
    public async Task Scopes_SameDocumentName_StayApart()
    {
        var (store, _, _) = await StorageTestKit.NewStoreAsync(_azurite);
        var alice = TableKeys.UserScope("tenant-1", "alice");
        var bob = TableKeys.UserScope("tenant-1", "bob");
        var aliceInOtherTenant = TableKeys.UserScope("tenant-2", "alice");
        await SeedAsync(store, alice, "plan");

        var bobsState = await store.LoadAsync(bob, CancellationToken.None);
        var otherTenantState = await store.LoadAsync(aliceInOtherTenant, CancellationToken.None);
        await store.DeleteScopeAsync(bob, CancellationToken.None);

        Assert.Empty(bobsState.Documents);
        Assert.Empty(otherTenantState.Documents);
        Assert.NotNull((await store.LoadAsync(alice, CancellationToken.None)).Get("plan"));
    }

    [Fact]
    public async Task SaveAsync_KeysWithForbiddenCharacters_RoundTrip()
    {
        var (store, _, table) = await StorageTestKit.NewStoreAsync(_azurite);
        var scope = TableKeys.UserScope("tenant/1#", "user?\\\u0001 سارا 😀");
        var state = await store.LoadAsync(scope, CancellationToken.None);
        state.Set("plan/2026#q1?", new JsonObject { ["ok"] = true });

        await store.SaveAsync(state, CancellationToken.None);
        var reloaded = await store.LoadAsync(scope, CancellationToken.None);

        Assert.True(reloaded.Get("plan/2026#q1?")!["ok"]!.GetValue<bool>());
        var row = Assert.Single(table.Query<TableEntity>());
        Assert.Equal(TableKeys.ToKey(scope), row.PartitionKey);
    }

    [Fact]
    public async Task LoadAsync_StorageUnreachable_ThrowsRequestFailed()
    {
        var table = new TableClient(StorageTestKit.ClosedPortConnectionString(), "Unreachable");
        var store = new TableStateStore(table, StorageTestKit.NewMetrics(), NullLogger<TableStateStore>.Instance);

        await Assert.ThrowsAsync<RequestFailedException>(() => store.LoadAsync(NewUserScope(), CancellationToken.None));
    }

    [Fact]
    public async Task DeleteScopeAsync_MoreRowsThanOneBatch_RemovesEveryRow()
    {
        var (store, _, table) = await StorageTestKit.NewStoreAsync(_azurite);
        var scope = NewUserScope();
        var names = Enumerable.Range(0, 230).Select(i => $"doc{i}").ToArray();
        foreach (var batch in names.Chunk(StateWriteActions.MaxBatchOperations))
        {
            await SeedAsync(store, scope, batch);
        }

        await store.DeleteScopeAsync(scope, CancellationToken.None);

        Assert.Empty((await store.LoadAsync(scope, CancellationToken.None)).Documents);
        Assert.Empty(table.Query<TableEntity>());
    }

    [Fact]
    public async Task SaveAsync_StorageUnreachable_ThrowsRequestFailedNotConflict()
    {
        var table = new TableClient(StorageTestKit.ClosedPortConnectionString(), "Unreachable");
        var store = new TableStateStore(table, StorageTestKit.NewMetrics(), NullLogger<TableStateStore>.Instance);
        var state = new StateSet(NewUserScope(), []);
        state.Set("plan", new JsonObject());

        var ex = await Assert.ThrowsAsync<RequestFailedException>(() => store.SaveAsync(state, CancellationToken.None));

        Assert.Contains("could not be reached", ex.Message, StringComparison.Ordinal);
        Assert.True(state.HasChanges);
    }

    private static string NewUserScope() => TableKeys.UserScope("tenant", Guid.NewGuid().ToString());

    private static async Task SeedAsync(TableStateStore store, string scope, params string[] names)
    {
        var state = await store.LoadAsync(scope, CancellationToken.None);
        foreach (var name in names)
        {
            state.Set(name, new JsonObject { ["by"] = "seed" });
        }

        await store.SaveAsync(state, CancellationToken.None);
    }
}
