using System.Text;
using System.Text.Json.Nodes;
using Azure;
using Azure.Core;
using Azure.Data.Tables;
using Microsoft.Extensions.Logging.Abstractions;
using StrategyBot.App.Storage;
using StrategyBot.BotFramework.State;
using StrategyBot.Testing;

namespace StrategyBot.App.Tests.Storage;

/// <summary>
/// Which requests the table store sends, against a real Azurite: a named load is one point read of the state row, and
/// a save is one request on it (Add, Merge of the changed documents, Replace, Delete), never a batch.
/// </summary>
[Collection(AzuriteCollection.Name)]
[Trait("Category", "Integration")]
public sealed class TableStateStoreWriteTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task LoadDocumentsAsync_FourNames_SendsOnePointReadAndNoQuery()
    {
        var (store, metrics, recorder, _) = await NewStoreAsync();
        var scope = NewUserScope();
        await SeedAsync(store, scope, "plan", "profile", "reference", "checkins", "dialogs");
        var before = recorder.Requests.Count;
        var loadsBefore = metrics.CallsFor(StorageMetrics.StateLoad);

        var state = await store.LoadDocumentsAsync(scope, ["plan", "profile", "reference", "checkins"], CancellationToken.None);

        var sent = Assert.Single(recorder.Requests.Skip(before));
        Assert.Equal(["checkins", "plan", "profile", "reference"], state.Documents.Select(d => d.Name).Order(StringComparer.Ordinal));
        Assert.Matches(@"^GET /?devstoreaccount1/[A-Za-z0-9]+\(PartitionKey='.+',RowKey='state'\)$", sent);
        Assert.Equal(1, metrics.CallsFor(StorageMetrics.StateRead));
        Assert.Equal(loadsBefore, metrics.CallsFor(StorageMetrics.StateLoad));
    }

    [Theory]
    [InlineData("add", "PATCH")]
    [InlineData("update", "PATCH")]
    [InlineData("remove", "PUT")]
    public async Task SaveAsync_OneChangedDocument_SendsOneRequestNotABatch(string change, string method)
    {
        var (store, metrics, recorder, _) = await NewStoreAsync();
        var scope = NewUserScope();
        await SeedAsync(store, scope, "plan", "checkins");
        var state = await store.LoadAsync(scope, CancellationToken.None);
        Change(state, change);
        var before = recorder.Requests.Count;

        await store.SaveAsync(state, CancellationToken.None);

        var sent = Assert.Single(recorder.Requests.Skip(before));
        Assert.StartsWith(method + " ", sent, StringComparison.Ordinal);
        Assert.DoesNotContain("$batch", sent, StringComparison.Ordinal);
        Assert.Equal(2, metrics.CallsFor(StorageMetrics.StateSave));
        Assert.False(state.HasChanges);
        var stored = await store.LoadAsync(scope, CancellationToken.None);
        Assert.Equal(state.Documents.Where(d => d.Content is not null).OrderBy(d => d.Name).Select(d => (d.Name, d.ETag)),
            stored.Documents.OrderBy(d => d.Name).Select(d => (d.Name, d.ETag)));
    }

    [Fact]
    public async Task SaveAsync_TwoChangedDocuments_SendsOneMergeCarryingOnlyThose()
    {
        var (store, _, recorder, table) = await NewStoreAsync();
        var scope = NewUserScope();
        await SeedAsync(store, scope, "plan", "checkins", "dialogs");
        var untouched = await table.GetEntityAsync<TableEntity>(TableKeys.Partition(scope), StateEntity.StateRowKey);
        var state = await store.LoadAsync(scope, CancellationToken.None);
        state.Set("plan", new JsonObject { ["by"] = "turn" });
        state.Set("checkins", new JsonObject { ["by"] = "turn" });
        var before = recorder.Requests.Count;

        await store.SaveAsync(state, CancellationToken.None);

        Assert.StartsWith("PATCH ", Assert.Single(recorder.Requests.Skip(before)), StringComparison.Ordinal);
        var body = recorder.Bodies[^1];
        Assert.Contains("\"C_plan\"", body, StringComparison.Ordinal);
        Assert.Contains("\"D0_checkins\"", body, StringComparison.Ordinal);
        Assert.DoesNotContain("dialogs", body, StringComparison.Ordinal);
        var row = (await table.GetEntityAsync<TableEntity>(TableKeys.Partition(scope), StateEntity.StateRowKey)).Value;
        Assert.Contains("\"D0_checkins@odata.type\":\"Edm.Binary\"", body, StringComparison.Ordinal);
        Assert.Equal(untouched.Value.GetBinary("D0_dialogs"), row.GetBinary("D0_dialogs"));
        Assert.Equal(1, row.GetInt32("C_dialogs"));
        Assert.Equal("{\"by\":\"turn\"}", Encoding.UTF8.GetString(row.GetBinary("D0_plan")!));
    }

    [Fact]
    public async Task SaveAsync_NewScope_SendsOneAddHoldingEveryDocument()
    {
        var (store, _, recorder, table) = await NewStoreAsync();
        var scope = NewUserScope();
        var state = await store.LoadAsync(scope, CancellationToken.None);
        state.Set("plan", new JsonObject { ["by"] = "turn" });
        state.Set("profile", new JsonObject { ["language"] = "fa" });
        var before = recorder.Requests.Count;

        await store.SaveAsync(state, CancellationToken.None);

        Assert.StartsWith("POST ", Assert.Single(recorder.Requests.Skip(before)), StringComparison.Ordinal);
        var row = Assert.Single(await StorageTestKit.RowsAsync(table, scope));
        Assert.Equal(["C_plan", "C_profile", "D0_plan", "D0_profile"], row.Keys.Where(k => k.Contains('_', StringComparison.Ordinal)).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task SaveAsync_NamedSetRemovesADocument_ReplaceKeepsTheDocumentsItDidNotLoad()
    {
        var (store, _, recorder, _) = await NewStoreAsync();
        var scope = NewUserScope();
        await SeedAsync(store, scope, "plan", "checkins", "dialogs");
        var named = await store.LoadDocumentsAsync(scope, ["checkins"], CancellationToken.None);
        named.Remove("checkins");
        var before = recorder.Requests.Count;

        await store.SaveAsync(named, CancellationToken.None);

        Assert.StartsWith("PUT ", Assert.Single(recorder.Requests.Skip(before)), StringComparison.Ordinal);
        var stored = await store.LoadAsync(scope, CancellationToken.None);
        Assert.Equal(["dialogs", "plan"], stored.Documents.Select(d => d.Name).Order(StringComparer.Ordinal));
        Assert.Equal("seed", stored.Get("dialogs")!["by"]!.GetValue<string>());
    }

    [Fact]
    public async Task SaveAsync_LastDocumentRemoved_DeletesTheRowAndALaterSaveAddsItAgain()
    {
        var (store, _, recorder, table) = await NewStoreAsync();
        var scope = NewUserScope();
        await SeedAsync(store, scope, "privacy");
        var state = await store.LoadAsync(scope, CancellationToken.None);
        state.Remove("privacy");
        var before = recorder.Requests.Count;

        await store.SaveAsync(state, CancellationToken.None);
        var removal = recorder.Requests[before];
        var rowsAfterRemove = await StorageTestKit.RowsAsync(table, scope);
        state.Set("plan", new JsonObject { ["by"] = "again" });
        await store.SaveAsync(state, CancellationToken.None);

        Assert.StartsWith("DELETE ", removal, StringComparison.Ordinal);
        Assert.StartsWith("POST ", recorder.Requests[^1], StringComparison.Ordinal);
        Assert.Empty(rowsAfterRemove);
        Assert.Equal("again", (await store.LoadAsync(scope, CancellationToken.None)).Get("plan")!["by"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("update")]
    [InlineData("remove")]
    [InlineData("add")]
    public async Task SaveAsync_ScopeChangedByAnotherTurn_ThrowsConflict412(string change)
    {
        var (store, _, _, _) = await NewStoreAsync();
        var scope = NewUserScope();
        await SeedAsync(store, scope, "checkins", "plan");
        var stale = await store.LoadAsync(scope, CancellationToken.None);
        var winner = await store.LoadAsync(scope, CancellationToken.None);
        winner.Set("plan", new JsonObject { ["by"] = "winner" });
        await store.SaveAsync(winner, CancellationToken.None);
        Change(stale, change);

        var ex = await Assert.ThrowsAsync<StateConflictException>(() => store.SaveAsync(stale, CancellationToken.None));

        Assert.Equal(412, Assert.IsType<RequestFailedException>(ex.InnerException).Status);
        var stored = await store.LoadAsync(scope, CancellationToken.None);
        Assert.Equal("winner", stored.Get("plan")!["by"]!.GetValue<string>());
        Assert.Equal("seed", stored.Get("checkins")!["by"]!.GetValue<string>());
        Assert.Null(stored.Get("reference"));
    }

    [Fact]
    public async Task SaveAsync_TwoNewScopesRace_SecondAddThrowsConflict409()
    {
        var (store, _, _, table) = await NewStoreAsync();
        var scope = NewUserScope();
        var late = await store.LoadAsync(scope, CancellationToken.None);
        await SeedAsync(store, scope, "plan");
        late.Set("checkins", new JsonObject { ["by"] = "late" });

        var ex = await Assert.ThrowsAsync<StateConflictException>(() => store.SaveAsync(late, CancellationToken.None));

        Assert.Equal(409, Assert.IsType<RequestFailedException>(ex.InnerException).Status);
        var stored = await store.LoadAsync(scope, CancellationToken.None);
        Assert.Equal(["plan"], stored.Documents.Select(d => d.Name));
        Assert.Single(await StorageTestKit.RowsAsync(table, scope));
    }

    [Theory]
    [InlineData("update")]
    [InlineData("remove")]
    public async Task SaveAsync_ScopeDeletedSince_ThrowsConflict404AndRecreatesNothing(string change)
    {
        var (store, _, _, _) = await NewStoreAsync();
        var scope = NewUserScope();
        await SeedAsync(store, scope, "checkins", "plan");
        var stale = await store.LoadAsync(scope, CancellationToken.None);
        await store.DeleteScopeAsync(scope, CancellationToken.None);
        Change(stale, change);

        var ex = await Assert.ThrowsAsync<StateConflictException>(() => store.SaveAsync(stale, CancellationToken.None));

        Assert.Equal(404, Assert.IsType<RequestFailedException>(ex.InnerException).Status);
        Assert.Empty((await store.LoadAsync(scope, CancellationToken.None)).Documents);
        Assert.True(stale.HasChanges);
    }

    private static void Change(StateSet state, string change)
    {
        switch (change)
        {
            case "remove":
                state.Remove("checkins");
                break;
            case "add":
                state.Set("reference", new JsonObject { ["by"] = "turn" });
                break;
            default:
                state.Set("checkins", new JsonObject { ["by"] = "turn", ["persian"] = "هفته‌ی ۱۲" });
                break;
        }
    }

    private async Task<(TableStateStore Store, StorageMetrics Metrics, RecordingPolicy Recorder, TableClient Table)> NewStoreAsync()
    {
        var recorder = new RecordingPolicy();
        var options = new TableClientOptions();
        options.AddPolicy(recorder, HttpPipelinePosition.PerCall);
        var table = new TableClient(azurite.ConnectionString, AzuriteFixture.NewTableName("Writes"), options);
        await table.CreateAsync();
        var metrics = StorageTestKit.NewMetrics();
        return (new TableStateStore(table, metrics, NullLogger<TableStateStore>.Instance), metrics, recorder, table);
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
