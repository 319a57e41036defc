using System.Text.Json.Nodes;
using StrategyBot.BotFramework.State;
using Xunit;

namespace StrategyBot.Testing;

/// <summary>
/// The behaviour every <see cref="IStateStore"/> must have. Inherit it once per implementation (the in-memory store
/// in BotFramework.Tests, the Table store against Azurite in App.Tests) so both pass the very same tests.
/// </summary>
public abstract partial class StateStoreContractTests
{
    /// <summary>Creates the store under test; it may share data with stores from earlier calls.</summary>
    protected abstract IStateStore CreateStore();

    /// <summary>A scope no other test uses.</summary>
    protected virtual StateScope NewScope() => TestScopes.NewUser();

    [Fact]
    public async Task LoadAsync_UnknownScope_ReturnsEmptySet()
    {
        var store = CreateStore();
        var scope = NewScope();

        var state = await store.LoadAsync(scope, CancellationToken.None);

        Assert.Equal(scope, state.Scope);
        Assert.Empty(state.Documents);
        Assert.False(state.HasChanges);
    }

    [Fact]
    public async Task SaveAsync_NewDocument_LoadsBackWithContentAndEtag()
    {
        var store = CreateStore();
        var scope = NewScope();
        var state = await store.LoadAsync(scope, CancellationToken.None);
        state.Set("plan", new JsonObject { ["title"] = "Spring launch" });

        await store.SaveAsync(state, CancellationToken.None);
        var loaded = await store.LoadAsync(scope, CancellationToken.None);

        var document = Assert.Single(loaded.Documents);
        Assert.Equal("plan", document.Name);
        Assert.Equal("Spring launch", document.Content!["title"]!.GetValue<string>());
        Assert.False(string.IsNullOrEmpty(document.ETag));
        Assert.False(document.IsDirty);
    }

    [Fact]
    public async Task SaveAsync_Success_RefreshesEtagAndClearsDirty()
    {
        var store = CreateStore();
        var state = await store.LoadAsync(NewScope(), CancellationToken.None);
        state.Set("plan", new JsonObject { ["n"] = 1 });

        await store.SaveAsync(state, CancellationToken.None);
        var firstEtag = Assert.Single(state.Documents).ETag;
        state.Set("plan", new JsonObject { ["n"] = 2 });
        await store.SaveAsync(state, CancellationToken.None);

        var document = Assert.Single(state.Documents);
        Assert.NotNull(firstEtag);
        Assert.NotEqual(firstEtag, document.ETag);
        Assert.False(state.HasChanges);
    }

    [Fact]
    public async Task SaveAsync_JsonValues_RoundTripWithTheirTypes()
    {
        var store = CreateStore();
        var scope = NewScope();
        var state = await store.LoadAsync(scope, CancellationToken.None);
        var content = new JsonObject
        {
            ["int"] = 42,
            ["decimal"] = 12000.5m,
            ["bool"] = true,
            ["null"] = null,
            ["persian"] = "برنامه‌ی بازاریابی ۱۴۰۶",
            ["emoji"] = "🚀 launch \"quoted\" <b>",
            ["nested"] = new JsonObject { ["list"] = new JsonArray(1, "two", new JsonObject { ["three"] = 3 }) },
        };
        state.Set("doc", content);

        await store.SaveAsync(state, CancellationToken.None);
        var loaded = (await store.LoadAsync(scope, CancellationToken.None)).Get("doc")!;

        Assert.True(JsonNode.DeepEquals(content, loaded), loaded.ToJsonString());
        Assert.Equal(42, loaded["int"]!.GetValue<int>());
        Assert.Equal(12000.5m, loaded["decimal"]!.GetValue<decimal>());
    }

    [Fact]
    public async Task SaveAsync_StaleEtag_ThrowsConflict()
    {
        var store = CreateStore();
        var scope = NewScope();
        await SeedAsync(store, scope, "plan");
        var first = await store.LoadAsync(scope, CancellationToken.None);
        var second = await store.LoadAsync(scope, CancellationToken.None);
        first.Set("plan", new JsonObject { ["by"] = "first" });
        second.Set("plan", new JsonObject { ["by"] = "second" });
        await store.SaveAsync(first, CancellationToken.None);

        await Assert.ThrowsAsync<StateConflictException>(() => store.SaveAsync(second, CancellationToken.None));

        var stored = await store.LoadAsync(scope, CancellationToken.None);
        Assert.Equal("first", stored.Get("plan")!["by"]!.GetValue<string>());
    }

    [Fact]
    public async Task SaveAsync_OneStaleDocument_WritesNoneOfThem()
    {
        var store = CreateStore();
        var scope = NewScope();
        await SeedAsync(store, scope, "plan", "dialogs");
        var stale = await store.LoadAsync(scope, CancellationToken.None);
        var winner = await store.LoadAsync(scope, CancellationToken.None);
        winner.Set("plan", new JsonObject { ["by"] = "winner" });
        await store.SaveAsync(winner, CancellationToken.None);
        stale.Set("dialogs", new JsonObject { ["by"] = "stale" });
        stale.Set("plan", new JsonObject { ["by"] = "stale" });
        stale.Set("brand-new", new JsonObject { ["by"] = "stale" });

        await Assert.ThrowsAsync<StateConflictException>(() => store.SaveAsync(stale, CancellationToken.None));

        var stored = await store.LoadAsync(scope, CancellationToken.None);
        Assert.Equal("seed", stored.Get("dialogs")!["by"]!.GetValue<string>());
        Assert.Equal("winner", stored.Get("plan")!["by"]!.GetValue<string>());
        Assert.Null(stored.Get("brand-new"));
        Assert.True(stale.HasChanges);
    }

    [Fact]
    public async Task SaveAsync_NewDocumentThatAnotherTurnCreated_ThrowsConflict()
    {
        var store = CreateStore();
        var scope = NewScope();
        var first = await store.LoadAsync(scope, CancellationToken.None);
        var second = await store.LoadAsync(scope, CancellationToken.None);
        first.Set("processed", new JsonObject { ["by"] = "first" });
        second.Set("processed", new JsonObject { ["by"] = "second" });
        await store.SaveAsync(first, CancellationToken.None);

        await Assert.ThrowsAsync<StateConflictException>(() => store.SaveAsync(second, CancellationToken.None));

        var stored = await store.LoadAsync(scope, CancellationToken.None);
        Assert.Equal("first", stored.Get("processed")!["by"]!.GetValue<string>());
    }

    [Fact]
    public async Task SaveAsync_AfterConflict_ReloadAndRetrySucceeds()
    {
        var store = CreateStore();
        var scope = NewScope();
        await SeedAsync(store, scope, "plan");
        var stale = await store.LoadAsync(scope, CancellationToken.None);
        var winner = await store.LoadAsync(scope, CancellationToken.None);
        winner.Set("plan", new JsonObject { ["n"] = 1 });
        await store.SaveAsync(winner, CancellationToken.None);
        stale.Set("plan", new JsonObject { ["n"] = 2 });
        await Assert.ThrowsAsync<StateConflictException>(() => store.SaveAsync(stale, CancellationToken.None));

        var fresh = await store.LoadAsync(scope, CancellationToken.None);
        fresh.Set("plan", new JsonObject { ["n"] = 3 });
        await store.SaveAsync(fresh, CancellationToken.None);

        Assert.Equal(3, (await store.LoadAsync(scope, CancellationToken.None)).Get("plan")!["n"]!.GetValue<int>());
    }

    [Fact]
    public async Task SaveAsync_NoChanges_KeepsEtags()
    {
        var store = CreateStore();
        var scope = NewScope();
        await SeedAsync(store, scope, "plan");
        var state = await store.LoadAsync(scope, CancellationToken.None);
        var etag = state.Documents.Single().ETag;

        await store.SaveAsync(state, CancellationToken.None);

        Assert.Equal(etag, (await store.LoadAsync(scope, CancellationToken.None)).Documents.Single().ETag);
    }

    [Fact]
    public async Task SaveAsync_CancelledToken_Throws()
    {
        var store = CreateStore();
        var state = await store.LoadAsync(NewScope(), CancellationToken.None);
        state.Set("plan", new JsonObject { ["n"] = 1 });
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => store.SaveAsync(state, cancelled.Token));
    }

    private static async Task SeedAsync(IStateStore store, StateScope scope, params string[] names)
    {
        var state = await store.LoadAsync(scope, CancellationToken.None);
        foreach (var name in names)
        {
            state.Set(name, new JsonObject { ["by"] = "seed" });
        }

        await store.SaveAsync(state, CancellationToken.None);
    }
}
