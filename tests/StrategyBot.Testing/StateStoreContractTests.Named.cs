using System.Text.Json.Nodes;
using StrategyBot.BotFramework.State;
using Xunit;

namespace StrategyBot.Testing;

/// <summary>The contract for loading a few named documents of a scope instead of all of them.</summary>
public abstract partial class StateStoreContractTests
{
    [Fact]
    public async Task LoadDocumentsAsync_SomeNames_ReturnsOnlyThoseThatExistWithTheirEtags()
    {
        var store = CreateStore();
        var scope = NewScope();
        await SeedAsync(store, scope, "plan", "profile", "dialogs");
        var full = await store.LoadAsync(scope, CancellationToken.None);

        var named = await store.LoadDocumentsAsync(scope, ["plan", "profile", "checkins"], CancellationToken.None);

        Assert.Equal(["plan", "profile"], named.Documents.Select(d => d.Name).Order(StringComparer.Ordinal));
        Assert.Null(named.Get("dialogs"));
        Assert.Equal(full.Documents.Single(d => d.Name == "plan").ETag, named.Documents.Single(d => d.Name == "plan").ETag);
        Assert.Equal("seed", named.Get("profile")!["by"]!.GetValue<string>());
        Assert.False(named.HasChanges);
    }

    [Fact]
    public async Task LoadDocumentsAsync_UnknownScope_ReturnsEmptySet()
    {
        var store = CreateStore();
        var scope = NewScope();

        var named = await store.LoadDocumentsAsync(scope, ["plan", "checkins"], CancellationToken.None);

        Assert.Equal(scope, named.Scope);
        Assert.Empty(named.Documents);
    }

    [Fact]
    public async Task LoadDocumentsAsync_SavingTheSet_WritesItsChangesAndLeavesTheOtherDocuments()
    {
        var store = CreateStore();
        var scope = NewScope();
        await SeedAsync(store, scope, "plan", "checkins", "dialogs");
        var named = await store.LoadDocumentsAsync(scope, ["plan", "checkins"], CancellationToken.None);
        named.Set("checkins", new JsonObject { ["by"] = "scheduler" });

        await store.SaveAsync(named, CancellationToken.None);

        var stored = await store.LoadAsync(scope, CancellationToken.None);
        Assert.Equal("scheduler", stored.Get("checkins")!["by"]!.GetValue<string>());
        Assert.Equal("seed", stored.Get("dialogs")!["by"]!.GetValue<string>());
        Assert.Equal("seed", stored.Get("plan")!["by"]!.GetValue<string>());
    }

    [Fact]
    public async Task LoadDocumentsAsync_DocumentChangedSince_SaveThrowsConflict()
    {
        var store = CreateStore();
        var scope = NewScope();
        await SeedAsync(store, scope, "checkins");
        var named = await store.LoadDocumentsAsync(scope, ["checkins"], CancellationToken.None);
        var turn = await store.LoadAsync(scope, CancellationToken.None);
        turn.Set("checkins", new JsonObject { ["by"] = "turn" });
        await store.SaveAsync(turn, CancellationToken.None);
        named.Set("checkins", new JsonObject { ["by"] = "scheduler" });

        await Assert.ThrowsAsync<StateConflictException>(() => store.SaveAsync(named, CancellationToken.None));

        Assert.Equal("turn", (await store.LoadAsync(scope, CancellationToken.None)).Get("checkins")!["by"]!.GetValue<string>());
    }

    [Fact]
    public async Task LoadDocumentsAsync_ScopeDeletedSince_SaveThrowsConflictAndRecreatesNothing()
    {
        var store = CreateStore();
        var scope = NewScope();
        await SeedAsync(store, scope, "checkins", "plan");
        var named = await store.LoadDocumentsAsync(scope, ["checkins"], CancellationToken.None);
        await store.DeleteScopeAsync(scope, CancellationToken.None);
        named.Set("checkins", new JsonObject { ["by"] = "scheduler" });

        await Assert.ThrowsAsync<StateConflictException>(() => store.SaveAsync(named, CancellationToken.None));

        Assert.Empty((await store.LoadAsync(scope, CancellationToken.None)).Documents);
    }
}
