using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Azure.Data.Tables;
using StrategyBot.App.Storage;
using StrategyBot.BotFramework.State;
using StrategyBot.Testing;

namespace StrategyBot.App.Tests.Storage;

/// <summary>Documents past Table Storage's 64 KiB binary property limit, and states past one entity's limits, against a real Azurite.</summary>
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
        var scope = StateScope.ForUser("tenant", Guid.NewGuid().ToString());
        var document = BigDocument(300 * 1024);
        var state = await store.LoadAsync(scope, CancellationToken.None);
        state.Set("plan", document);
        state.Set("dialogs", new JsonObject { ["step"] = 4 });
        var before = metrics.TotalCalls;

        await store.SaveAsync(state, CancellationToken.None);
        var reloaded = await store.LoadAsync(scope, CancellationToken.None);

        Assert.Equal(2, metrics.TotalCalls - before);
        Assert.True(JsonNode.DeepEquals(document, reloaded.Get("plan")));
        Assert.Equal(4, reloaded.Get("dialogs")!["step"]!.GetValue<int>());
        var row = Assert.Single(table.Query<TableEntity>());
        var chunks = row.GetInt32("C_plan");
        Assert.True(chunks > 4);
        Assert.Equal(chunks, row.Keys.Count(k => k.StartsWith('D') && k.EndsWith("_plan", StringComparison.Ordinal)));
        Assert.All(row.Where(p => p.Key.StartsWith('D')), p => Assert.True(((byte[])p.Value).Length <= StateEntity.ChunkBytes));
    }

    [Fact]
    public async Task SaveAsync_DocumentShrinksFromTwoChunksToOne_ReplaceDropsTheStaleChunk()
    {
        var (store, _, table) = await StorageTestKit.NewStoreAsync(_azurite);
        var scope = StateScope.ForUser("tenant", Guid.NewGuid().ToString());
        var state = await store.LoadAsync(scope, CancellationToken.None);
        state.Set("plan", BigDocument(StateEntity.ChunkBytes + 100));
        state.Set("profile", new JsonObject { ["language"] = "fa" });
        await store.SaveAsync(state, CancellationToken.None);
        var twoChunks = Assert.Single(table.Query<TableEntity>()).GetInt32("C_plan");

        state.Set("plan", new JsonObject { ["title"] = "small now" });
        await store.SaveAsync(state, CancellationToken.None);

        var reloaded = await store.LoadAsync(scope, CancellationToken.None);
        Assert.Equal("small now", reloaded.Get("plan")!["title"]!.GetValue<string>());
        Assert.Equal("fa", reloaded.Get("profile")!["language"]!.GetValue<string>());
        var row = Assert.Single(table.Query<TableEntity>());
        Assert.Equal(2, twoChunks);
        Assert.Equal(1, row.GetInt32("C_plan"));
        Assert.DoesNotContain("D1_plan", row.Keys);
    }

    [Fact]
    public async Task SaveAsync_DocumentRemoved_ItsPropertiesAreGone()
    {
        var (store, _, table) = await StorageTestKit.NewStoreAsync(_azurite);
        var scope = StateScope.ForUser("tenant", Guid.NewGuid().ToString());
        var state = await store.LoadAsync(scope, CancellationToken.None);
        state.Set("plan", new JsonObject { ["title"] = "keep" });
        state.Set("privacy", new JsonObject { ["askedAt"] = "2027-03-01T09:00:00Z" });
        await store.SaveAsync(state, CancellationToken.None);

        state.Remove("privacy");
        await store.SaveAsync(state, CancellationToken.None);

        var row = Assert.Single(table.Query<TableEntity>());
        Assert.DoesNotContain(row.Keys, k => k.EndsWith("_privacy", StringComparison.Ordinal));
        Assert.Equal(["plan"], (await store.LoadAsync(scope, CancellationToken.None)).Documents.Select(d => d.Name));
    }

    [Fact]
    public async Task SaveAsync_DocumentOverOneMiB_IsRefusedAndNothingIsWritten()
    {
        var (store, metrics, table) = await StorageTestKit.NewStoreAsync(_azurite);
        var state = await store.LoadAsync(StateScope.ForUser("tenant", "big"), CancellationToken.None);
        state.Set("dialog", new JsonObject { ["step"] = 1 });
        state.Set("plan", BigDocument(1_100_000));
        var before = metrics.TotalCalls;

        var ex = await Assert.ThrowsAsync<StateTooLargeException>(() => store.SaveAsync(state, CancellationToken.None));

        Assert.StartsWith("The state of this scope would take about", ex.Message, StringComparison.Ordinal);
        Assert.Contains("The largest documents: \"plan\"", ex.Message, StringComparison.Ordinal);
        Assert.Equal(before, metrics.TotalCalls);
        Assert.Empty(table.Query<TableEntity>());
        Assert.True(state.HasChanges);
    }

    [Fact]
    public async Task SaveAsync_SeveralDocumentsTogetherOverOneMiB_IsRefusedAndTheStoredRowStays()
    {
        var (store, metrics, table) = await StorageTestKit.NewStoreAsync(_azurite);
        var scope = StateScope.ForUser("tenant", "many");
        var state = await store.LoadAsync(scope, CancellationToken.None);
        state.Set("a", BigDocument(600_000));
        await store.SaveAsync(state, CancellationToken.None);
        var stored = Assert.Single(table.Query<TableEntity>());
        state.Set("b", BigDocument(500_000));
        var before = metrics.TotalCalls;

        var ex = await Assert.ThrowsAsync<StateTooLargeException>(() => store.SaveAsync(state, CancellationToken.None));

        Assert.Contains("\"a\" (", ex.Message, StringComparison.Ordinal);
        Assert.Contains("\"b\" (", ex.Message, StringComparison.Ordinal);
        Assert.Equal(before, metrics.TotalCalls);
        Assert.Equal(stored.ETag, Assert.Single(table.Query<TableEntity>()).ETag);
    }

    [Fact]
    public async Task SaveAsync_MoreDocumentsThanOneEntityHasProperties_IsRefused()
    {
        var (store, metrics, table) = await StorageTestKit.NewStoreAsync(_azurite);
        var state = await store.LoadAsync(StateScope.ForUser("tenant", "wide"), CancellationToken.None);
        foreach (var i in Enumerable.Range(0, 127))
        {
            state.Set($"doc{i}", new JsonObject { ["i"] = i });
        }

        var before = metrics.TotalCalls;

        var ex = await Assert.ThrowsAsync<StateTooLargeException>(() => store.SaveAsync(state, CancellationToken.None));

        Assert.Contains($"at most {StateRowLimits.MaxProperties}", ex.Message, StringComparison.Ordinal);
        Assert.Equal(before, metrics.TotalCalls);
        Assert.Empty(table.Query<TableEntity>());
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
