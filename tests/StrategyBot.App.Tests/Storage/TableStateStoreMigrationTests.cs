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
/// Scopes written in the old one-row-per-document layout, against a real Azurite: they load as before, and their next
/// save folds every document into the state row and deletes the old rows in one transaction.
/// </summary>
[Collection(AzuriteCollection.Name)]
[Trait("Category", "Integration")]
public sealed class TableStateStoreMigrationTests(AzuriteFixture azurite)
{
    private static readonly JsonObject s_plan = new()
    {
        ["title"] = "کمپین نوروز ۱۴۰۶ 🌱",
        ["answers"] = new JsonArray(new string('x', StorageTestKit.StringChunkLength), "پاسخ \"quoted\""),
    };

    [Fact]
    public async Task LoadAsync_LegacyRows_GivesEveryDocumentWithItsRowsETag()
    {
        var (store, _, _, table) = await NewStoreAsync();
        var scope = NewUserScope();
        var rows = await AddLegacyScopeAsync(table, scope);

        var state = await store.LoadAsync(scope, CancellationToken.None);

        Assert.Equal(["dialogs", "plan", "processed"], state.Documents.Select(d => d.Name).Order(StringComparer.Ordinal));
        Assert.True(JsonNode.DeepEquals(s_plan, state.Get("plan")));
        Assert.All(state.Documents, d => Assert.Equal(rows[d.Name].ETag.ToString(), d.ETag));
        Assert.False(state.HasChanges);
    }

    [Fact]
    public async Task SaveAsync_LegacyScope_OneTransactionLeavesOnlyTheStateRowWithEveryDocument()
    {
        var (store, metrics, recorder, table) = await NewStoreAsync();
        var scope = NewUserScope();
        await AddLegacyScopeAsync(table, scope);
        var state = await store.LoadAsync(scope, CancellationToken.None);
        state.Set("dialogs", new JsonObject { ["step"] = "objectives" });
        var expected = state.Documents.ToDictionary(d => d.Name, d => d.Content!.ToJsonString());
        var before = recorder.Requests.Count;

        await store.SaveAsync(state, CancellationToken.None);

        Assert.EndsWith("/$batch", Assert.Single(recorder.Requests.Skip(before)), StringComparison.Ordinal);
        Assert.Equal(1, metrics.CallsFor(StorageMetrics.StateSave));
        var row = Assert.Single(await StorageTestKit.RowsAsync(table, scope));
        Assert.Equal(StateEntity.StateRowKey, row.RowKey);
        Assert.False(LegacyStateRow.IsLegacy(row));
        Assert.Equal(1, row.GetInt32("C_plan"));
        Assert.IsType<byte[]>(row["D0_plan"]);
        var reloaded = await store.LoadAsync(scope, CancellationToken.None);
        Assert.Equal(expected, reloaded.Documents.ToDictionary(d => d.Name, d => d.Content!.ToJsonString()));
        Assert.All(reloaded.Documents.Concat(state.Documents), d => Assert.Equal(row.ETag.ToString(), d.ETag));
    }

    [Fact]
    public async Task SaveAsync_AfterMigration_NextSaveIsOneMerge()
    {
        var (store, _, recorder, table) = await NewStoreAsync();
        var scope = NewUserScope();
        await AddLegacyScopeAsync(table, scope);
        var state = await store.LoadAsync(scope, CancellationToken.None);
        state.Set("dialogs", new JsonObject { ["step"] = "objectives" });
        await store.SaveAsync(state, CancellationToken.None);
        var turn = await store.LoadAsync(scope, CancellationToken.None);
        turn.Set("processed", new JsonObject { ["ids"] = new JsonArray("a9") });
        var before = recorder.Requests.Count;

        await store.SaveAsync(turn, CancellationToken.None);

        Assert.StartsWith("PATCH ", Assert.Single(recorder.Requests.Skip(before)), StringComparison.Ordinal);
        Assert.Single(await StorageTestKit.RowsAsync(table, scope));
    }

    [Fact]
    public async Task LoadAsync_DocumentInStateRowAndLegacyRow_StateRowWinsAndSaveDeletesTheLegacyRow()
    {
        var (store, _, _, table) = await NewStoreAsync();
        var scope = NewUserScope();
        var seed = await store.LoadAsync(scope, CancellationToken.None);
        seed.Set("plan", new JsonObject { ["by"] = "state row" });
        await store.SaveAsync(seed, CancellationToken.None);
        await StorageTestKit.AddLegacyRowAsync(table, scope, "plan", new JsonObject { ["by"] = "legacy row" });
        await StorageTestKit.AddLegacyRowAsync(table, scope, "profile", new JsonObject { ["language"] = "fa" });

        var state = await store.LoadAsync(scope, CancellationToken.None);
        state.Set("dialogs", new JsonObject { ["step"] = 1 });
        await store.SaveAsync(state, CancellationToken.None);

        Assert.Equal("state row", state.Get("plan")!["by"]!.GetValue<string>());
        Assert.Single(await StorageTestKit.RowsAsync(table, scope));
        var reloaded = await store.LoadAsync(scope, CancellationToken.None);
        Assert.Equal(["dialogs", "plan", "profile"], reloaded.Documents.Select(d => d.Name).Order(StringComparer.Ordinal));
        Assert.Equal("state row", reloaded.Get("plan")!["by"]!.GetValue<string>());
    }

    [Fact]
    public async Task SaveAsync_LegacyRowChangedSinceLoad_ThrowsConflictAndChangesNothing()
    {
        var (store, _, _, table) = await NewStoreAsync();
        var scope = NewUserScope();
        var rows = await AddLegacyScopeAsync(table, scope);
        var state = await store.LoadAsync(scope, CancellationToken.None);
        var processed = rows["processed"];
        processed["Data0"] = "{\"ids\":[\"other instance\"]}";
        await table.UpdateEntityAsync(processed, ETag.All, TableUpdateMode.Replace);
        state.Set("dialogs", new JsonObject { ["step"] = "stale" });

        var ex = await Assert.ThrowsAsync<StateConflictException>(() => store.SaveAsync(state, CancellationToken.None));

        Assert.Equal(412, Assert.IsType<TableTransactionFailedException>(ex.InnerException).Status);
        var stored = await StorageTestKit.RowsAsync(table, scope);
        Assert.Equal(["dialogs", "plan", "processed"], stored.Select(r => r.RowKey).Order(StringComparer.Ordinal));
        Assert.True(state.HasChanges);
    }

    [Fact]
    public async Task LoadDocumentsAsync_LegacyScope_FallsBackToThePartitionQueryAndItsSaveMigratesEverything()
    {
        var (store, metrics, recorder, table) = await NewStoreAsync();
        var scope = NewUserScope();
        await AddLegacyScopeAsync(table, scope);
        var before = recorder.Requests.Count;

        var named = await store.LoadDocumentsAsync(scope, ["plan", "checkins"], CancellationToken.None);
        var sent = recorder.Requests.Skip(before).ToList();
        var loaded = named.Documents.Select(d => d.Name).ToList();
        named.Set("checkins", new JsonObject { ["week"] = "2027-W10" });
        await store.SaveAsync(named, CancellationToken.None);

        Assert.Equal(["plan"], loaded);
        Assert.Equal(2, sent.Count);
        Assert.Contains("RowKey='state'", sent[0], StringComparison.Ordinal);
        Assert.Equal(2, metrics.CallsFor(StorageMetrics.StateRead));
        Assert.Equal(0, metrics.CallsFor(StorageMetrics.StateLoad));
        Assert.Single(await StorageTestKit.RowsAsync(table, scope));
        var reloaded = await store.LoadAsync(scope, CancellationToken.None);
        Assert.Equal(["checkins", "dialogs", "plan", "processed"], reloaded.Documents.Select(d => d.Name).Order(StringComparer.Ordinal));
        Assert.True(JsonNode.DeepEquals(s_plan, reloaded.Get("plan")));
    }

    [Fact]
    public async Task SaveAsync_LegacyDocumentNamedLikeTheStateRow_IsKeptWhenItsRowBecomesTheStateRow()
    {
        var (store, _, _, table) = await NewStoreAsync();
        var scope = NewUserScope();
        await StorageTestKit.AddLegacyRowAsync(table, scope, StateEntity.StateRowKey, new JsonObject { ["odd"] = true });
        await StorageTestKit.AddLegacyRowAsync(table, scope, "plan", new JsonObject { ["by"] = "legacy" });
        var state = await store.LoadAsync(scope, CancellationToken.None);
        state.Set("dialogs", new JsonObject { ["step"] = 1 });

        await store.SaveAsync(state, CancellationToken.None);

        var row = Assert.Single(await StorageTestKit.RowsAsync(table, scope));
        Assert.False(LegacyStateRow.IsLegacy(row));
        var reloaded = await store.LoadAsync(scope, CancellationToken.None);
        Assert.Equal(["dialogs", "plan", "state"], reloaded.Documents.Select(d => d.Name).Order(StringComparer.Ordinal));
        Assert.True(reloaded.Get("state")!["odd"]!.GetValue<bool>());
    }

    [Fact]
    public async Task SaveAsync_EveryLegacyDocumentRemoved_DeletesEveryRow()
    {
        var (store, _, _, table) = await NewStoreAsync();
        var scope = NewUserScope();
        await StorageTestKit.AddLegacyRowAsync(table, scope, "plan", new JsonObject { ["by"] = "legacy" });
        await StorageTestKit.AddLegacyRowAsync(table, scope, "privacy", new JsonObject { ["by"] = "legacy" });
        var state = await store.LoadAsync(scope, CancellationToken.None);
        state.Remove("plan");
        state.Remove("privacy");

        await store.SaveAsync(state, CancellationToken.None);

        Assert.Empty(await StorageTestKit.RowsAsync(table, scope));
        Assert.All(state.Documents, d => Assert.Null(d.ETag));
    }

    private static async Task<Dictionary<string, TableEntity>> AddLegacyScopeAsync(TableClient table, string scope) => new()
    {
        ["plan"] = await StorageTestKit.AddLegacyRowAsync(table, scope, "plan", s_plan),
        ["dialogs"] = await StorageTestKit.AddLegacyRowAsync(table, scope, "dialogs", new JsonObject { ["step"] = "situation" }),
        ["processed"] = await StorageTestKit.AddLegacyRowAsync(table, scope, "processed", new JsonObject { ["ids"] = new JsonArray("a1") }),
    };

    private async Task<(TableStateStore Store, StorageMetrics Metrics, RecordingPolicy Recorder, TableClient Table)> NewStoreAsync()
    {
        var recorder = new RecordingPolicy();
        var options = new TableClientOptions();
        options.AddPolicy(recorder, HttpPipelinePosition.PerCall);
        var table = new TableClient(azurite.ConnectionString, AzuriteFixture.NewTableName("Legacy"), options);
        await table.CreateAsync();
        var metrics = StorageTestKit.NewMetrics();
        return (new TableStateStore(table, metrics, NullLogger<TableStateStore>.Instance), metrics, recorder, table);
    }

    private static string NewUserScope() => TableKeys.UserScope("tenant", Guid.NewGuid().ToString());
}
