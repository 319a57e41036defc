using System.Text.Json.Nodes;
using StrategyBot.BotFramework.State;
using Xunit;

namespace StrategyBot.Testing;

/// <summary>The contract for removing documents and scopes.</summary>
public abstract partial class StateStoreContractTests
{
    [Fact]
    public async Task SaveAsync_RemovedDocument_IsDeleted()
    {
        var store = CreateStore();
        var scope = NewScope();
        await SeedAsync(store, scope, "plan", "dialogs");
        var state = await store.LoadAsync(scope, CancellationToken.None);
        state.Remove("dialogs");

        await store.SaveAsync(state, CancellationToken.None);

        var stored = await store.LoadAsync(scope, CancellationToken.None);
        Assert.Null(stored.Get("dialogs"));
        Assert.NotNull(stored.Get("plan"));
        Assert.Single(stored.Documents);
    }

    [Fact]
    public async Task SaveAsync_RemoveWithStaleEtag_ThrowsConflictAndKeepsDocument()
    {
        var store = CreateStore();
        var scope = NewScope();
        await SeedAsync(store, scope, "dialogs");
        var stale = await store.LoadAsync(scope, CancellationToken.None);
        var winner = await store.LoadAsync(scope, CancellationToken.None);
        winner.Set("dialogs", new JsonObject { ["by"] = "winner" });
        await store.SaveAsync(winner, CancellationToken.None);
        stale.Remove("dialogs");

        await Assert.ThrowsAsync<StateConflictException>(() => store.SaveAsync(stale, CancellationToken.None));

        var stored = await store.LoadAsync(scope, CancellationToken.None);
        Assert.Equal("winner", stored.Get("dialogs")!["by"]!.GetValue<string>());
    }

    [Fact]
    public async Task SaveAsync_DocumentRecreatedAfterDelete_IsStoredAgain()
    {
        var store = CreateStore();
        var scope = NewScope();
        await SeedAsync(store, scope, "dialogs");
        var state = await store.LoadAsync(scope, CancellationToken.None);
        state.Remove("dialogs");
        await store.SaveAsync(state, CancellationToken.None);

        state.Set("dialogs", new JsonObject { ["by"] = "again" });
        await store.SaveAsync(state, CancellationToken.None);

        var stored = await store.LoadAsync(scope, CancellationToken.None);
        Assert.Equal("again", stored.Get("dialogs")!["by"]!.GetValue<string>());
    }

    [Fact]
    public async Task SaveAsync_DocumentAddedAndRemovedInOneTurn_StoresNothing()
    {
        var store = CreateStore();
        var scope = NewScope();
        var state = await store.LoadAsync(scope, CancellationToken.None);
        state.Set("scratch", new JsonObject { ["n"] = 1 });
        state.Remove("scratch");

        await store.SaveAsync(state, CancellationToken.None);

        Assert.Empty((await store.LoadAsync(scope, CancellationToken.None)).Documents);
    }

    [Fact]
    public async Task DeleteScopeAsync_RemovesEveryDocumentAndStaleSavesConflict()
    {
        var store = CreateStore();
        var scope = NewScope();
        await SeedAsync(store, scope, "plan", "dialogs", "processed");
        var loadedBefore = await store.LoadAsync(scope, CancellationToken.None);

        await store.DeleteScopeAsync(scope, CancellationToken.None);

        Assert.Empty((await store.LoadAsync(scope, CancellationToken.None)).Documents);
        loadedBefore.Set("plan", new JsonObject { ["n"] = 1 });
        await Assert.ThrowsAsync<StateConflictException>(() => store.SaveAsync(loadedBefore, CancellationToken.None));
    }

    [Fact]
    public async Task SaveAsync_TwoScopes_AreIndependent()
    {
        var store = CreateStore();
        var scopeA = NewScope();
        var scopeB = NewScope();
        await SeedAsync(store, scopeA, "plan");

        await store.DeleteScopeAsync(scopeB, CancellationToken.None);

        Assert.NotNull((await store.LoadAsync(scopeA, CancellationToken.None)).Get("plan"));
        Assert.Empty((await store.LoadAsync(scopeB, CancellationToken.None)).Documents);
    }
}
