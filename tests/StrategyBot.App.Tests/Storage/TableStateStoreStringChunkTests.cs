using System.Text;
using System.Text.Json.Nodes;
using Azure.Core;
using Azure.Data.Tables;
using Microsoft.Extensions.Logging.Abstractions;
using StrategyBot.App.Storage;
using StrategyBot.Testing;

namespace StrategyBot.App.Tests.Storage;

/// <summary>
/// State rows written before documents went binary hold them as string chunks, against a real Azurite: they load as
/// before, a Merge rewrites only the changed document (as binary) and leaves the rest as they are, and a Replace
/// rewrites every document as binary without losing any.
/// </summary>
[Collection(AzuriteCollection.Name)]
[Trait("Category", "Integration")]
public sealed class TableStateStoreStringChunkTests(AzuriteFixture azurite)
{
    // About 92,000 characters (179,000 bytes) of mostly Persian: three string chunks, and three binary ones too.
    private static readonly JsonObject s_plan = new()
    {
        ["title"] = "کمپین نوروز ۱۴۰۶ 🌱",
        ["answers"] = new JsonArray([.. Enumerable.Range(0, 300).Select(i => (JsonNode)$"پاسخ شماره {i} \"نقل\" {new string('س', 280)}")]),
    };

    [Fact]
    public async Task LoadAsync_StateRowWithStringChunks_GivesEveryDocumentUnparsed()
    {
        var (store, _, table) = await NewStoreAsync();
        var scope = NewUserScope();
        var row = await AddStringRowAsync(table, scope);

        var state = await store.LoadAsync(scope, CancellationToken.None);

        Assert.Equal(3, row.GetInt32("C_plan"));
        Assert.All(state.Documents, d => Assert.False(d.IsParsed));
        Assert.True(JsonNode.DeepEquals(s_plan, state.Get("plan")));
        Assert.Equal("objectives", state.Get("dialogs")!["step"]!.GetValue<string>());
        Assert.All(state.Documents, d => Assert.Equal(row.ETag.ToString(), d.ETag));
        Assert.False(state.HasChanges);
    }

    [Fact]
    public async Task SaveAsync_OneChangedDocument_MergesItAsBinaryAndLeavesTheStringChunksOfTheOthers()
    {
        var (store, recorder, table) = await NewStoreAsync();
        var scope = NewUserScope();
        await AddStringRowAsync(table, scope);
        var state = await store.LoadAsync(scope, CancellationToken.None);
        state.SetUtf8("dialogs", "{\"step\":\"strategy\"}"u8.ToArray());
        var before = recorder.Requests.Count;

        await store.SaveAsync(state, CancellationToken.None);

        Assert.StartsWith("PATCH ", Assert.Single(recorder.Requests.Skip(before)), StringComparison.Ordinal);
        var row = Assert.Single(await StorageTestKit.RowsAsync(table, scope));
        Assert.IsType<byte[]>(row["D0_dialogs"]);
        Assert.IsType<string>(row["D0_plan"]);
        var reloaded = await store.LoadAsync(scope, CancellationToken.None);
        Assert.True(JsonNode.DeepEquals(s_plan, reloaded.Get("plan")));
        Assert.Equal("strategy", reloaded.Get("dialogs")!["step"]!.GetValue<string>());
        Assert.Equal("fa", reloaded.Get("profile")!["language"]!.GetValue<string>());
    }

    [Fact]
    public async Task SaveAsync_DocumentRemoved_ReplaceRewritesEveryOtherDocumentAsBinaryAndLosesNone()
    {
        var (store, recorder, table) = await NewStoreAsync();
        var scope = NewUserScope();
        await AddStringRowAsync(table, scope);
        var state = await store.LoadAsync(scope, CancellationToken.None);
        state.Remove("profile");
        var before = recorder.Requests.Count;

        await store.SaveAsync(state, CancellationToken.None);

        Assert.StartsWith("PUT ", Assert.Single(recorder.Requests.Skip(before)), StringComparison.Ordinal);
        var row = Assert.Single(await StorageTestKit.RowsAsync(table, scope));
        Assert.DoesNotContain(row.Keys, k => k.EndsWith("_profile", StringComparison.Ordinal));
        Assert.All(row.Where(p => p.Key.StartsWith('D')), p => Assert.IsType<byte[]>(p.Value));
        Assert.Equal(3, row.GetInt32("C_plan"));
        var reloaded = await store.LoadAsync(scope, CancellationToken.None);
        Assert.Equal(["dialogs", "plan"], reloaded.Documents.Select(d => d.Name).Order(StringComparer.Ordinal));
        Assert.True(JsonNode.DeepEquals(s_plan, reloaded.Get("plan")));
        Assert.Equal("objectives", reloaded.Get("dialogs")!["step"]!.GetValue<string>());
    }

    [Fact]
    public async Task SaveAsync_StringChunkDocumentNowNeedsFewerChunks_ReplaceDropsTheStaleOnes()
    {
        var (store, _, table) = await NewStoreAsync();
        var scope = NewUserScope();
        await AddStringRowAsync(table, scope);
        var state = await store.LoadAsync(scope, CancellationToken.None);
        state.Set("plan", new JsonObject { ["title"] = "کوتاه" });

        await store.SaveAsync(state, CancellationToken.None);

        var row = Assert.Single(await StorageTestKit.RowsAsync(table, scope));
        Assert.Equal(1, row.GetInt32("C_plan"));
        Assert.DoesNotContain("D1_plan", row.Keys);
        Assert.DoesNotContain("D2_plan", row.Keys);
        var reloaded = await store.LoadAsync(scope, CancellationToken.None);
        Assert.Equal("کوتاه", reloaded.Get("plan")!["title"]!.GetValue<string>());
        Assert.Equal("fa", reloaded.Get("profile")!["language"]!.GetValue<string>());
    }

    [Fact]
    public async Task SaveAsync_MultiChunkPersianDocument_TravelsAsUnescapedBase64AndRoundTripsByteForByte()
    {
        var (store, recorder, table) = await NewStoreAsync();
        var scope = NewUserScope();
        var utf8 = Encoding.UTF8.GetBytes(s_plan.ToJsonString(new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
        var state = await store.LoadAsync(scope, CancellationToken.None);
        state.SetUtf8("plan", utf8);

        await store.SaveAsync(state, CancellationToken.None);
        var reloaded = await store.LoadAsync(scope, CancellationToken.None);

        Assert.True(utf8.Length > StateEntity.ChunkBytes);
        var row = Assert.Single(await StorageTestKit.RowsAsync(table, scope));
        Assert.Equal(3, row.GetInt32("C_plan"));
        Assert.True(reloaded.TryGetUtf8("plan", out var loaded));
        Assert.Equal(utf8, loaded.ToArray());
        Assert.True(JsonNode.DeepEquals(s_plan, reloaded.Get("plan")));
        var body = recorder.Bodies[^1];
        Assert.DoesNotContain("\\u", body, StringComparison.Ordinal);
        Assert.True(body.Length < utf8.Length * 1.4, $"{body.Length} bytes on the wire for {utf8.Length} bytes of JSON");
    }

    private static Task<TableEntity> AddStringRowAsync(TableClient table, string scope) =>
        StorageTestKit.AddStringChunkStateRowAsync(table, scope, new Dictionary<string, JsonObject>
        {
            ["plan"] = s_plan,
            ["dialogs"] = new() { ["step"] = "objectives" },
            ["profile"] = new() { ["language"] = "fa" },
        });

    private async Task<(TableStateStore Store, RecordingPolicy Recorder, TableClient Table)> NewStoreAsync()
    {
        var recorder = new RecordingPolicy();
        var options = new TableClientOptions();
        options.AddPolicy(recorder, HttpPipelinePosition.PerCall);
        var table = new TableClient(azurite.ConnectionString, AzuriteFixture.NewTableName("Strings"), options);
        await table.CreateAsync();
        return (new TableStateStore(table, StorageTestKit.NewMetrics(), NullLogger<TableStateStore>.Instance), recorder, table);
    }

    private static string NewUserScope() => TableKeys.UserScope("tenant", Guid.NewGuid().ToString());
}
