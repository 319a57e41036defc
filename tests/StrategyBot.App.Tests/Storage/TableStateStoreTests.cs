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
/// promises: one row per scope, one round trip per load and per save, escaped keys, against a real Azurite.
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

    protected override StateScope NewScope() => NewUserScope();

    [Fact]
    public async Task SaveAsync_NewDocuments_OneRowWhoseETagEveryDocumentShares()
    {
        var (store, _, table) = await StorageTestKit.NewStoreAsync(_azurite);
        var scope = NewUserScope();
        var state = await store.LoadAsync(scope, CancellationToken.None);
        state.Set("dialog", new JsonObject { ["step"] = 2, ["id"] = "interview" });
        state.Set("plan", new JsonObject { ["title"] = "کمپین نوروز ۱۴۰۴ 🌱", ["budget"] = 1500.5 });
        state.Set("processed", new JsonObject { ["ids"] = new JsonArray("a1", "a2") });

        await store.SaveAsync(state, CancellationToken.None);
        var reloaded = await store.LoadAsync(scope, CancellationToken.None);

        Assert.False(state.HasChanges);
        var row = Assert.Single(await StorageTestKit.RowsAsync(table, scope));
        Assert.Equal(StateEntity.StateRowKey, row.RowKey);
        Assert.All(state.Documents.Concat(reloaded.Documents), d => Assert.Equal(row.ETag.ToString(), d.ETag));
        Assert.Equal(2, reloaded.Get("dialog")!["step"]!.GetValue<int>());
        Assert.Equal("کمپین نوروز ۱۴۰۴ 🌱", reloaded.Get("plan")!["title"]!.GetValue<string>());
        Assert.Equal(["a1", "a2"], reloaded.Get("processed")!["ids"]!.AsArray().Select(n => n!.GetValue<string>()));
    }

    [Fact]
    public async Task SaveAsync_StaleVersionChangingAnotherDocument_ThrowsConflictAndKeepsTheWinner()
    {
        var (store, _, _) = await StorageTestKit.NewStoreAsync(_azurite);
        var scope = NewUserScope();
        await SeedAsync(store, scope, "plan", "checkins");
        var scheduler = await store.LoadDocumentsAsync(scope, ["checkins"], CancellationToken.None);
        var turn = await store.LoadAsync(scope, CancellationToken.None);
        turn.Set("plan", new JsonObject { ["by"] = "turn" });
        await store.SaveAsync(turn, CancellationToken.None);
        scheduler.Set("checkins", new JsonObject { ["by"] = "scheduler" });

        await Assert.ThrowsAsync<StateConflictException>(() => store.SaveAsync(scheduler, CancellationToken.None));

        var stored = await store.LoadAsync(scope, CancellationToken.None);
        Assert.Equal("turn", stored.Get("plan")!["by"]!.GetValue<string>());
        Assert.Equal("seed", stored.Get("checkins")!["by"]!.GetValue<string>());
        Assert.True(scheduler.HasChanges);
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
    public async Task LoadAsync_PreReleaseRowBesideTheStateRow_ReadsOnlyTheStateRow()
    {
        var (store, _, table) = await StorageTestKit.NewStoreAsync(_azurite);
        var scope = NewUserScope();
        await SeedAsync(store, scope, "plan");
        await table.AddEntityAsync(new TableEntity(TableKeys.Partition(scope), "dialogs") { ["Chunks"] = 1, ["Data0"] = "{\"step\":9}" });

        var state = await store.LoadAsync(scope, CancellationToken.None);

        Assert.Equal(["plan"], state.Documents.Select(d => d.Name));
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
        var alice = StateScope.ForUser("tenant-1", "alice");
        var bob = StateScope.ForUser("tenant-1", "bob");
        var aliceInOtherTenant = StateScope.ForUser("tenant-2", "alice");
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
        var scope = StateScope.ForUser("tenant/1#", "user?\\\u0001 سارا 😀");
        var state = await store.LoadAsync(scope, CancellationToken.None);
        state.Set("plan/2026#q1?", new JsonObject { ["ok"] = true });

        await store.SaveAsync(state, CancellationToken.None);
        var reloaded = await store.LoadAsync(scope, CancellationToken.None);

        Assert.True(reloaded.Get("plan/2026#q1?")!["ok"]!.GetValue<bool>());
        var row = Assert.Single(table.Query<TableEntity>());
        Assert.Equal(TableKeys.Partition(scope), row.PartitionKey);
        Assert.Equal(StateEntity.StateRowKey, row.RowKey);
        Assert.Equal(1, row.GetInt32("C_plan_002F2026_0023q1_003F"));
    }

    [Fact]
    public async Task LoadAsync_StorageUnreachable_ThrowsRequestFailed()
    {
        var table = new TableClient(StorageTestKit.ClosedPortConnectionString(), "Unreachable");
        var store = new TableStateStore(table, StorageTestKit.NewMetrics(), NullLogger<TableStateStore>.Instance);

        await Assert.ThrowsAsync<RequestFailedException>(() => store.LoadAsync(NewUserScope(), CancellationToken.None));
    }

    [Fact]
    public async Task DeleteScopeAsync_StateRowAndMoreOtherRowsThanOneBatch_RemovesEveryRowOfTheScopeOnly()
    {
        var (store, _, table) = await StorageTestKit.NewStoreAsync(_azurite);
        var scope = NewUserScope();
        var neighbour = NewUserScope();
        await SeedAsync(store, scope, "plan", "dialogs");
        await SeedAsync(store, neighbour, "plan");
        foreach (var i in Enumerable.Range(0, 230))
        {
            await table.AddEntityAsync(new TableEntity(TableKeys.Partition(scope), $"other{i}") { ["i"] = i });
        }

        await store.DeleteScopeAsync(scope, CancellationToken.None);

        Assert.Empty((await store.LoadAsync(scope, CancellationToken.None)).Documents);
        Assert.Empty(await StorageTestKit.RowsAsync(table, scope));
        Assert.Equal("seed", (await store.LoadAsync(neighbour, CancellationToken.None)).Get("plan")!["by"]!.GetValue<string>());
    }

    [Fact]
    public async Task SaveAsync_SetTheStoreDidNotLoad_ThrowsInvalidOperationAndSendsNothing()
    {
        var (store, metrics, _) = await StorageTestKit.NewStoreAsync(_azurite);
        var state = new StateSet(NewUserScope(), [new StateDocument("plan", new JsonObject(), "W/\"datetime'2026-01-01T00%3A00%3A00Z'\"")]);
        state.Set("plan", new JsonObject { ["n"] = 1 });

        await Assert.ThrowsAsync<InvalidOperationException>(() => store.SaveAsync(state, CancellationToken.None));

        Assert.Equal(0, metrics.TotalCalls);
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

    private static StateScope NewUserScope() => StateScope.ForUser("tenant", Guid.NewGuid().ToString());

    private static async Task SeedAsync(TableStateStore store, StateScope scope, params string[] names)
    {
        var state = await store.LoadAsync(scope, CancellationToken.None);
        foreach (var name in names)
        {
            state.Set(name, new JsonObject { ["by"] = "seed" });
        }

        await store.SaveAsync(state, CancellationToken.None);
    }
}
