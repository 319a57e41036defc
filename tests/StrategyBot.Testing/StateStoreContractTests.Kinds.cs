using System.Text.Json.Nodes;
using StrategyBot.BotFramework.State;
using Xunit;

namespace StrategyBot.Testing;

/// <summary>
/// The contract for kinds of scope: a conversation's state (a team plan) goes through a store exactly as a user's
/// does, and a user and a conversation never share state, even when their ids are the same text.
/// </summary>
public abstract partial class StateStoreContractTests
{
    [Fact]
    public async Task SaveAsync_ConversationScope_LoadsBackWholeAndByName()
    {
        var store = CreateStore();
        var scope = StateScope.ForConversation(TestScopes.TenantId, $"19:{Guid.NewGuid():N}@thread.v2");
        var state = await store.LoadAsync(scope, CancellationToken.None);
        state.Set("plan", new JsonObject { ["title"] = "Team launch" });
        state.Set("dialogs", new JsonObject { ["by"] = "team" });

        await store.SaveAsync(state, CancellationToken.None);

        var whole = await store.LoadAsync(scope, CancellationToken.None);
        var named = await store.LoadDocumentsAsync(scope, ["plan"], CancellationToken.None);
        Assert.Equal(scope, whole.Scope);
        Assert.Equal(StateScopeKind.Conversation, whole.Scope.Kind);
        Assert.Equal("Team launch", whole.Get("plan")!["title"]!.GetValue<string>());
        Assert.Equal("team", whole.Get("dialogs")!["by"]!.GetValue<string>());
        Assert.Equal(["plan"], named.Documents.Select(d => d.Name));
    }

    [Fact]
    public async Task SaveAsync_ConversationScope_StaleCopyConflicts()
    {
        var store = CreateStore();
        var scope = StateScope.ForConversation(TestScopes.TenantId, $"19:{Guid.NewGuid():N}@thread.v2");
        await SeedAsync(store, scope, "plan");
        var alice = await store.LoadAsync(scope, CancellationToken.None);
        var bob = await store.LoadAsync(scope, CancellationToken.None);
        alice.Set("plan", new JsonObject { ["by"] = "alice" });
        bob.Set("plan", new JsonObject { ["by"] = "bob" });
        await store.SaveAsync(alice, CancellationToken.None);

        await Assert.ThrowsAsync<StateConflictException>(() => store.SaveAsync(bob, CancellationToken.None));

        Assert.Equal("alice", (await store.LoadAsync(scope, CancellationToken.None)).Get("plan")!["by"]!.GetValue<string>());
    }

    [Fact]
    public async Task SaveAsync_UserAndConversationWithTheSameIds_NeverShareState()
    {
        var store = CreateStore();
        var id = $"19:{Guid.NewGuid():N}@thread.v2";
        var user = StateScope.ForUser(TestScopes.TenantId, id);
        var conversation = StateScope.ForConversation(TestScopes.TenantId, id);
        var mine = await store.LoadAsync(user, CancellationToken.None);
        mine.Set("plan", new JsonObject { ["by"] = "user" });
        await store.SaveAsync(mine, CancellationToken.None);
        var ours = await store.LoadAsync(conversation, CancellationToken.None);

        // A new document in the conversation: had the two scopes shared a record, this would conflict or overwrite.
        Assert.Empty(ours.Documents);
        ours.Set("plan", new JsonObject { ["by"] = "team" });
        await store.SaveAsync(ours, CancellationToken.None);
        await store.DeleteScopeAsync(user, CancellationToken.None);

        Assert.Empty((await store.LoadAsync(user, CancellationToken.None)).Documents);
        Assert.Equal("team", (await store.LoadAsync(conversation, CancellationToken.None)).Get("plan")!["by"]!.GetValue<string>());
    }
}
