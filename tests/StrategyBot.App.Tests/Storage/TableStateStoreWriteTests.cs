using System.Text.Json.Nodes;
using Azure.Core;
using Azure.Data.Tables;
using Microsoft.Extensions.Logging.Abstractions;
using StrategyBot.App.Storage;
using StrategyBot.BotFramework.State;
using StrategyBot.Testing;

namespace StrategyBot.App.Tests.Storage;

/// <summary>
/// Which requests the table store sends, against a real Azurite: a named load is point reads, a save of one document is
/// one conditional write with the batch's conflict semantics, and a save of several is still one batch.
/// </summary>
[Collection(AzuriteCollection.Name)]
[Trait("Category", "Integration")]
public sealed class TableStateStoreWriteTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task LoadDocumentsAsync_FourNames_SendsFourPointReadsAndNoQuery()
    {
        var (store, metrics, recorder) = await NewStoreAsync();
        var scope = NewUserScope();
        await SeedAsync(store, scope, "plan", "profile", "reference", "checkins", "dialogs");
        var before = recorder.Requests.Count;
        var loadsBefore = metrics.CallsFor(StorageMetrics.StateLoad);

        var state = await store.LoadDocumentsAsync(scope, ["plan", "profile", "reference", "checkins"], CancellationToken.None);

        var sent = recorder.Requests.Skip(before).ToList();
        Assert.Equal(4, state.Documents.Count());
        Assert.Equal(4, sent.Count);
        Assert.All(sent, r => Assert.Matches(@"^GET /?devstoreaccount1/[A-Za-z0-9]+\(PartitionKey='.+',RowKey='.+'\)$", r));
        Assert.Equal(4, metrics.CallsFor(StorageMetrics.StateRead));
        Assert.Equal(loadsBefore, metrics.CallsFor(StorageMetrics.StateLoad));
    }

    [Theory]
    [InlineData("add", "POST")]
    [InlineData("update", "PUT")]
    [InlineData("remove", "DELETE")]
    public async Task SaveAsync_OneChangedDocument_SendsOneWriteNotABatch(string change, string method)
    {
        var (store, metrics, recorder) = await NewStoreAsync();
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
        Assert.Equal(state.Documents.Where(d => d.Content is not null).OrderBy(d => d.Name).Select(d => d.ETag),
            stored.Documents.OrderBy(d => d.Name).Select(d => d.ETag));
    }

    [Theory]
    [InlineData("update")]
    [InlineData("remove")]
    public async Task SaveAsync_OneDocumentChangedByAnotherTurn_ThrowsConflict412(string change)
    {
        var (store, _, _) = await NewStoreAsync();
        var scope = NewUserScope();
        await SeedAsync(store, scope, "checkins");
        var stale = await store.LoadAsync(scope, CancellationToken.None);
        var winner = await store.LoadAsync(scope, CancellationToken.None);
        winner.Set("checkins", new JsonObject { ["by"] = "winner" });
        await store.SaveAsync(winner, CancellationToken.None);
        Change(stale, change);

        var ex = await Assert.ThrowsAsync<StateConflictException>(() => store.SaveAsync(stale, CancellationToken.None));

        Assert.Equal(412, Assert.IsType<Azure.RequestFailedException>(ex.InnerException).Status);
        Assert.Equal("winner", (await store.LoadAsync(scope, CancellationToken.None)).Get("checkins")!["by"]!.GetValue<string>());
    }

    [Fact]
    public async Task SaveAsync_OneNewDocumentAnotherTurnAdded_ThrowsConflict409()
    {
        var (store, _, _) = await NewStoreAsync();
        var scope = NewUserScope();
        var late = await store.LoadAsync(scope, CancellationToken.None);
        await SeedAsync(store, scope, "checkins");
        late.Set("checkins", new JsonObject { ["by"] = "late" });

        var ex = await Assert.ThrowsAsync<StateConflictException>(() => store.SaveAsync(late, CancellationToken.None));

        Assert.Equal(409, Assert.IsType<Azure.RequestFailedException>(ex.InnerException).Status);
        Assert.Equal("seed", (await store.LoadAsync(scope, CancellationToken.None)).Get("checkins")!["by"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("update")]
    [InlineData("remove")]
    public async Task SaveAsync_OneDocumentDeletedSince_ThrowsConflictAndRecreatesNothing(string change)
    {
        var (store, _, _) = await NewStoreAsync();
        var scope = NewUserScope();
        await SeedAsync(store, scope, "checkins");
        var stale = await store.LoadAsync(scope, CancellationToken.None);
        await store.DeleteScopeAsync(scope, CancellationToken.None);
        Change(stale, change);

        await Assert.ThrowsAsync<StateConflictException>(() => store.SaveAsync(stale, CancellationToken.None));

        Assert.Empty((await store.LoadAsync(scope, CancellationToken.None)).Documents);
        Assert.True(stale.HasChanges);
    }

    [Fact]
    public async Task SaveAsync_TwoChangedDocuments_SendsOneBatch()
    {
        var (store, _, recorder) = await NewStoreAsync();
        var scope = NewUserScope();
        await SeedAsync(store, scope, "plan", "checkins");
        var state = await store.LoadAsync(scope, CancellationToken.None);
        state.Set("plan", new JsonObject { ["by"] = "turn" });
        state.Set("checkins", new JsonObject { ["by"] = "turn" });
        var before = recorder.Requests.Count;

        await store.SaveAsync(state, CancellationToken.None);

        Assert.EndsWith("/$batch", Assert.Single(recorder.Requests.Skip(before)), StringComparison.Ordinal);
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

    private async Task<(TableStateStore Store, StorageMetrics Metrics, RecordingPolicy Recorder)> NewStoreAsync()
    {
        var recorder = new RecordingPolicy();
        var options = new TableClientOptions();
        options.AddPolicy(recorder, HttpPipelinePosition.PerCall);
        var table = new TableClient(azurite.ConnectionString, AzuriteFixture.NewTableName("Writes"), options);
        await table.CreateAsync();
        var metrics = StorageTestKit.NewMetrics();
        return (new TableStateStore(table, metrics, NullLogger<TableStateStore>.Instance), metrics, recorder);
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
