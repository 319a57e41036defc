using System.Text.Json.Nodes;
using Azure.Core;
using Azure.Data.Tables;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using StrategyBot.App.Storage;
using StrategyBot.BotFramework.State;
using StrategyBot.Testing;

namespace StrategyBot.App.Tests.Storage;

/// <summary>
/// The state cache against a real Azurite: a turn that follows this process's own save sends only its save, and a copy
/// that missed a change made elsewhere can never overwrite it. "Another instance" is a second store with its own cache
/// over the same table, as a second App Service instance would be.
/// </summary>
[Collection(AzuriteCollection.Name)]
[Trait("Category", "Integration")]
public sealed class TableStateStoreCacheTests(AzuriteFixture azurite) : IDisposable
{
    private readonly List<StateCache> _caches = [];
    private readonly string _tableName = AzuriteFixture.NewTableName("Cache");
    private readonly StateScope _scope = StateScope.ForUser("tenant", Guid.NewGuid().ToString());

    public void Dispose() => _caches.ForEach(c => c.Dispose());

    [Fact]
    public async Task LoadForUpdateAsync_AfterThisProcessSaved_SendsNothingAndHandsOutWhatWasSaved()
    {
        var (store, recorder, _) = await NewInstanceAsync();
        await SaveAnswerAsync(store, "handmade shoes");
        var before = recorder.Requests.Count;

        var state = await store.LoadForUpdateAsync(_scope, CancellationToken.None);

        Assert.Equal(before, recorder.Requests.Count);
        Assert.Equal("handmade shoes", (string?)state.Get("plan")!["answer"]);
    }

    [Fact]
    public async Task SaveAsync_FromTheCachedCopy_SendsOneMergeAndTheRowHoldsIt()
    {
        var (store, recorder, table) = await NewInstanceAsync();
        await SaveAnswerAsync(store, "first");
        var before = recorder.Requests.Count;

        await SaveAnswerAsync(store, "second");

        var sent = Assert.Single(recorder.Requests.Skip(before));
        Assert.StartsWith("PATCH ", sent, StringComparison.Ordinal);
        Assert.Equal("second", await StoredAnswerAsync(table));
    }

    [Fact]
    public async Task LoadAsync_WithTheScopeCached_StillReadsTheTable()
    {
        var (store, recorder, _) = await NewInstanceAsync();
        await SaveAnswerAsync(store, "first");
        var before = recorder.Requests.Count;

        await store.LoadAsync(_scope, CancellationToken.None);

        Assert.Single(recorder.Requests.Skip(before));
    }

    [Fact]
    public async Task SaveAsync_CopyMissedAWriteByAnotherInstance_ConflictsAsStaleAndLeavesTheOtherWrite()
    {
        var (mine, _, table) = await NewInstanceAsync();
        var (other, _, _) = await NewInstanceAsync();
        await SaveAnswerAsync(mine, "mine, earlier");
        await SaveAnswerAsync(other, "the other instance's, later");
        var copy = await mine.LoadForUpdateAsync(_scope, CancellationToken.None);
        copy.Set("plan", new JsonObject { ["answer"] = "from the stale copy" });

        var conflict = await Assert.ThrowsAsync<StateConflictException>(() => mine.SaveAsync(copy, CancellationToken.None));

        Assert.True(conflict.LoadedCopyWasStale);
        Assert.Equal("the other instance's, later", await StoredAnswerAsync(table));
    }

    [Fact]
    public async Task LoadForUpdateAsync_AfterAStaleCopy_ReadsTheTableForTheBackOff()
    {
        var (mine, recorder, table) = await NewInstanceAsync();
        var (other, _, _) = await NewInstanceAsync();
        await SaveAnswerAsync(mine, "mine");
        await SaveAnswerAsync(other, "other");
        var copy = await mine.LoadForUpdateAsync(_scope, CancellationToken.None);
        copy.Set("plan", new JsonObject { ["answer"] = "stale" });
        await Assert.ThrowsAsync<StateConflictException>(() => mine.SaveAsync(copy, CancellationToken.None));

        var fresh = await mine.LoadForUpdateAsync(_scope, CancellationToken.None);
        var seen = (string?)fresh.Get("plan")!["answer"];
        fresh.Set("plan", new JsonObject { ["answer"] = "mine, on fresh state" });
        await mine.SaveAsync(fresh, CancellationToken.None);
        var before = recorder.Requests.Count;
        await mine.LoadForUpdateAsync(_scope, CancellationToken.None);
        var sent = recorder.Requests.Skip(before).ToList();

        Assert.Equal("other", seen);
        Assert.Single(sent);
        Assert.Equal("mine, on fresh state", await StoredAnswerAsync(table));
    }

    [Fact]
    public async Task SaveAsync_TwoTurnsFromTheSameCopy_SecondIsARaceNotAStaleCopy()
    {
        var (store, _, table) = await NewInstanceAsync();
        await SaveAnswerAsync(store, "start");
        var first = await store.LoadForUpdateAsync(_scope, CancellationToken.None);
        var second = await store.LoadForUpdateAsync(_scope, CancellationToken.None);
        first.Set("plan", new JsonObject { ["answer"] = "phone" });
        second.Set("plan", new JsonObject { ["answer"] = "laptop" });

        await store.SaveAsync(first, CancellationToken.None);
        var conflict = await Assert.ThrowsAsync<StateConflictException>(() => store.SaveAsync(second, CancellationToken.None));

        Assert.False(conflict.LoadedCopyWasStale);
        Assert.Equal("phone", await StoredAnswerAsync(table));
    }

    [Fact]
    public async Task SaveAsync_NothingChangedOnACurrentCopy_ChecksTheETagWithOnePointRead()
    {
        var (store, recorder, _) = await NewInstanceAsync();
        await SaveAnswerAsync(store, "start");
        var copy = await store.LoadForUpdateAsync(_scope, CancellationToken.None);
        var before = recorder.Requests.Count;

        await store.SaveAsync(copy, CancellationToken.None);

        var sent = Assert.Single(recorder.Requests.Skip(before));
        Assert.Matches(@"^GET .*RowKey='state'\)", sent);
    }

    [Fact]
    public async Task SaveAsync_NothingChangedOnAStaleCopy_ConflictsAsStale()
    {
        var (mine, _, _) = await NewInstanceAsync();
        var (other, _, _) = await NewInstanceAsync();
        await SaveAnswerAsync(mine, "mine");
        await SaveAnswerAsync(other, "other");
        var copy = await mine.LoadForUpdateAsync(_scope, CancellationToken.None);

        var conflict = await Assert.ThrowsAsync<StateConflictException>(() => mine.SaveAsync(copy, CancellationToken.None));

        Assert.True(conflict.LoadedCopyWasStale);
    }

    [Fact]
    public async Task SaveAsync_NothingChangedButThisProcessSavedMeanwhile_IsARaceNotAStaleCopy()
    {
        var (store, _, _) = await NewInstanceAsync();
        await SaveAnswerAsync(store, "start");
        var changing = await store.LoadForUpdateAsync(_scope, CancellationToken.None);
        var unchanged = await store.LoadForUpdateAsync(_scope, CancellationToken.None);
        changing.Set("plan", new JsonObject { ["answer"] = "phone" });
        await store.SaveAsync(changing, CancellationToken.None);

        var conflict = await Assert.ThrowsAsync<StateConflictException>(() => store.SaveAsync(unchanged, CancellationToken.None));

        Assert.False(conflict.LoadedCopyWasStale);
    }

    [Fact]
    public async Task SaveAsync_OfANamedLoad_RefreshesTheCachedScope()
    {
        var (store, recorder, _) = await NewInstanceAsync();
        await SaveAnswerAsync(store, "from a turn");
        var scheduler = await store.LoadDocumentsAsync(_scope, ["plan"], CancellationToken.None);
        scheduler.Set("plan", new JsonObject { ["answer"] = "from the scheduler" });
        await store.SaveAsync(scheduler, CancellationToken.None);
        var before = recorder.Requests.Count;

        var turn = await store.LoadForUpdateAsync(_scope, CancellationToken.None);

        Assert.Equal(before, recorder.Requests.Count);
        Assert.Equal("from the scheduler", (string?)turn.Get("plan")!["answer"]);
    }

    [Fact]
    public async Task SaveAsync_OfANamedLoadForAScopeNotCached_DoesNotCacheIt()
    {
        var (store, recorder, _) = await NewInstanceAsync();
        var (seeder, _, _) = await NewInstanceAsync();
        await SaveAnswerAsync(seeder, "seeded elsewhere");
        var scheduler = await store.LoadDocumentsAsync(_scope, ["plan"], CancellationToken.None);
        scheduler.Set("plan", new JsonObject { ["answer"] = "from the scheduler" });
        await store.SaveAsync(scheduler, CancellationToken.None);
        var before = recorder.Requests.Count;

        var turn = await store.LoadForUpdateAsync(_scope, CancellationToken.None);

        Assert.Single(recorder.Requests.Skip(before));
        Assert.Equal("from the scheduler", (string?)turn.Get("plan")!["answer"]);
    }

    [Fact]
    public async Task LoadDocumentsAsync_WithTheScopeCached_StillReadsTheTable()
    {
        var (store, recorder, _) = await NewInstanceAsync();
        var (other, _, _) = await NewInstanceAsync();
        await SaveAnswerAsync(store, "mine");
        await SaveAnswerAsync(other, "changed elsewhere");
        var before = recorder.Requests.Count;

        var scheduler = await store.LoadDocumentsAsync(_scope, ["plan"], CancellationToken.None);

        Assert.Single(recorder.Requests.Skip(before));
        Assert.Equal("changed elsewhere", (string?)scheduler.Get("plan")!["answer"]);
    }

    [Fact]
    public async Task DeleteScopeAsync_DropsTheCopySoNothingOfTheUserIsHandedOutAgain()
    {
        var (store, _, _) = await NewInstanceAsync();
        await SaveAnswerAsync(store, "private");

        await store.DeleteScopeAsync(_scope, CancellationToken.None);
        var state = await store.LoadForUpdateAsync(_scope, CancellationToken.None);

        Assert.Empty(state.Documents);
    }

    [Fact]
    public async Task LoadForUpdateAsync_CacheOff_ReadsTheTableEveryTime()
    {
        var (store, recorder, _) = await NewInstanceAsync(megabytes: 0);
        await SaveAnswerAsync(store, "first");
        var before = recorder.Requests.Count;

        await store.LoadForUpdateAsync(_scope, CancellationToken.None);

        Assert.Single(recorder.Requests.Skip(before));
    }

    private async Task SaveAnswerAsync(TableStateStore store, string answer)
    {
        var state = await store.LoadForUpdateAsync(_scope, CancellationToken.None);
        state.Set("plan", new JsonObject { ["answer"] = answer, ["persian"] = "برنامه‌ی ۱۴۰۵" });
        await store.SaveAsync(state, CancellationToken.None);
    }

    private async Task<string?> StoredAnswerAsync(TableClient table)
    {
        var reader = new TableStateStore(table, StorageTestKit.NewMetrics(), NullLogger<TableStateStore>.Instance);
        var state = await reader.LoadAsync(_scope, CancellationToken.None);
        return (string?)state.Get("plan")?["answer"];
    }

    private async Task<(TableStateStore Store, RecordingPolicy Recorder, TableClient Table)> NewInstanceAsync(int megabytes = 4)
    {
        var recorder = new RecordingPolicy();
        var options = new TableClientOptions();
        options.AddPolicy(recorder, HttpPipelinePosition.PerCall);
        var table = new TableClient(azurite.ConnectionString, _tableName, options);
        await table.CreateIfNotExistsAsync();
        var cache = new StateCache(
            Options.Create(new StorageOptions { ConnectionString = azurite.ConnectionString, StateCacheMegabytes = megabytes }),
            TimeProvider.System);
        _caches.Add(cache);
        return (new TableStateStore(table, StorageTestKit.NewMetrics(), NullLogger<TableStateStore>.Instance, cache), recorder, table);
    }

}
