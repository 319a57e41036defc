using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Azure.Data.Tables;
using StrategyBot.App.Storage;
using StrategyBot.Testing;

namespace StrategyBot.App.Tests.Storage;

/// <summary>Documents past Table Storage's 64 KiB string property limit, against a real Azurite.</summary>
[Collection(AzuriteCollection.Name)]
[Trait("Category", "Integration")]
public sealed class TableStateStoreSizeTests
{
    private readonly AzuriteFixture _azurite;

    public TableStateStoreSizeTests(AzuriteFixture azurite)
    {
        _azurite = azurite;
    }

    [Fact]
    public async Task SaveAsync_300KiBDocument_IsChunkedAndJoinedOnLoad()
    {
        var (store, metrics, table) = await StorageTestKit.NewStoreAsync(_azurite);
        var scope = TableKeys.UserScope("tenant", Guid.NewGuid().ToString());
        var document = BigDocument(300 * 1024);
        var state = await store.LoadAsync(scope, CancellationToken.None);
        state.Set("plan", document);
        var before = metrics.TotalCalls;

        await store.SaveAsync(state, CancellationToken.None);
        var reloaded = await store.LoadAsync(scope, CancellationToken.None);

        Assert.Equal(2, metrics.TotalCalls - before);
        Assert.True(JsonNode.DeepEquals(document, reloaded.Get("plan")));
        var row = Assert.Single(table.Query<TableEntity>());
        Assert.True(row.GetInt32(StateEntity.ChunksProperty) > 4);
        Assert.All(row.Where(p => p.Key.StartsWith(StateEntity.DataPrefix, StringComparison.Ordinal)),
            p => Assert.True(((string)p.Value).Length <= StateEntity.ChunkLength));
    }

    [Fact]
    public async Task SaveAsync_BigDocumentShrinks_OldChunksAreDropped()
    {
        var (store, _, table) = await StorageTestKit.NewStoreAsync(_azurite);
        var scope = TableKeys.UserScope("tenant", Guid.NewGuid().ToString());
        var state = await store.LoadAsync(scope, CancellationToken.None);
        state.Set("plan", BigDocument(200 * 1024));
        await store.SaveAsync(state, CancellationToken.None);

        state.Set("plan", new JsonObject { ["title"] = "small now" });
        await store.SaveAsync(state, CancellationToken.None);

        var reloaded = await store.LoadAsync(scope, CancellationToken.None);
        Assert.Equal("small now", reloaded.Get("plan")!["title"]!.GetValue<string>());
        var row = Assert.Single(table.Query<TableEntity>());
        Assert.Equal(1, row.GetInt32(StateEntity.ChunksProperty));
        Assert.DoesNotContain(row.Keys, k => k == StateEntity.DataPrefix + "1");
    }

    [Fact]
    public async Task SaveAsync_DocumentOverOneMiB_IsRefusedAndNothingIsWritten()
    {
        var (store, metrics, table) = await StorageTestKit.NewStoreAsync(_azurite);
        var state = await store.LoadAsync(TableKeys.UserScope("tenant", "big"), CancellationToken.None);
        state.Set("dialog", new JsonObject { ["step"] = 1 });
        state.Set("plan", BigDocument(StateEntity.MaxDocumentLength + 1));
        var before = metrics.TotalCalls;

        var ex = await Assert.ThrowsAsync<StateTooLargeException>(() => store.SaveAsync(state, CancellationToken.None));

        Assert.Contains("\"plan\"", ex.Message, StringComparison.Ordinal);
        Assert.Equal(before, metrics.TotalCalls);
        Assert.Empty(table.Query<TableEntity>());
    }

    [Fact]
    public async Task SaveAsync_SeveralLargeDocumentsOverOneBatch_IsRefused()
    {
        var (store, metrics, _) = await StorageTestKit.NewStoreAsync(_azurite);
        var state = await store.LoadAsync(TableKeys.UserScope("tenant", "many"), CancellationToken.None);
        state.Set("a", BigDocument(StateEntity.MaxDocumentLength - 100));
        state.Set("b", BigDocument(StateEntity.MaxDocumentLength - 100));
        var before = metrics.TotalCalls;

        await Assert.ThrowsAsync<StateTooLargeException>(() => store.SaveAsync(state, CancellationToken.None));

        Assert.Equal(before, metrics.TotalCalls);
    }

    private static readonly JsonSerializerOptions s_relaxed = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>A plan-like object of about <paramref name="jsonLength"/> characters, in Persian and English.</summary>
    private static JsonObject BigDocument(int jsonLength)
    {
        var answers = new JsonArray();
        var document = new JsonObject { ["title"] = "برنامه بازاریابی 🚀", ["answers"] = answers };
        var length = document.ToJsonString(s_relaxed).Length;
        var i = 0;
        while (length <= jsonLength)
        {
            var text = new StringBuilder().Append(i % 2 == 0 ? "پاسخ شماره " : "answer number ").Append(i).Append(' ')
                .Append('x', Math.Clamp(jsonLength - length - 40, 1, 500)).ToString();
            answers.Add(text);
            length += text.Length + 3;
            i++;
        }

        Assert.True(document.ToJsonString(s_relaxed).Length >= jsonLength);
        return document;
    }
}
