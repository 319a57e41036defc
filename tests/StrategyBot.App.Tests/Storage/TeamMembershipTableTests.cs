using StrategyBot.App.Storage;
using StrategyBot.App.TeamPlans;
using StrategyBot.BotFramework.State;
using StrategyBot.Testing;

namespace StrategyBot.App.Tests.Storage;

/// <summary>The per-user index of team plans against a real Azurite, in the state table next to the user's state row.</summary>
[Collection(AzuriteCollection.Name)]
[Trait("Category", "Integration")]
public sealed class TeamMembershipTableTests(AzuriteFixture azurite)
{
    private static readonly StateScope Ada = StateScope.ForUser("tenant", "ada");
    private static readonly DateTimeOffset Since = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task List_RowsOfThisUserOnly_ARoleChangeReplacesTheRow_TheStateRowIsNotListed()
    {
        var (store, _, table) = await StorageTestKit.NewStoreAsync(azurite);
        var index = new TeamMembershipTable(table, StorageTestKit.NewMetrics());
        var state = await store.LoadAsync(Ada, CancellationToken.None);
        state.Set("profile", new System.Text.Json.Nodes.JsonObject { ["x"] = 1 });
        await store.SaveAsync(state, CancellationToken.None);
        var general = StateScope.ForConversation("tenant", "19:general@thread.tacv2").Key;

        await index.SetAsync(Ada, new TeamMembership(general, "Launch › General", TeamRole.Editor, Since), CancellationToken.None);
        await index.SetAsync(Ada, new TeamMembership(general, "Launch › General", TeamRole.Owner, Since), CancellationToken.None);
        await index.SetAsync(Ada, new TeamMembership("tenant|c|19:chat/#?%@thread.v2", "Chat", TeamRole.Editor, Since), CancellationToken.None);
        await index.SetAsync(StateScope.ForUser("tenant", "ben"), new TeamMembership(general, "x", TeamRole.Editor, Since), CancellationToken.None);

        var listed = await index.ListAsync(Ada, CancellationToken.None);

        Assert.Equal(
            [("Chat", TeamRole.Editor), ("Launch › General", TeamRole.Owner)],
            listed.Select(m => (m.ConversationName, m.Role)).OrderBy(m => m.ConversationName));
        Assert.NotNull((await store.LoadAsync(Ada, CancellationToken.None)).Get("profile"));
    }

    [Fact]
    public async Task DeleteScope_DeleteMyData_RemovesTheUsersIndexRowsWithTheState()
    {
        var (store, _, table) = await StorageTestKit.NewStoreAsync(azurite);
        var index = new TeamMembershipTable(table, StorageTestKit.NewMetrics());
        await index.SetAsync(Ada, new TeamMembership("tenant|c|g", "G", TeamRole.Owner, Since), CancellationToken.None);

        await store.DeleteScopeAsync(Ada, CancellationToken.None);

        Assert.Empty(await index.ListAsync(Ada, CancellationToken.None));
    }
}
