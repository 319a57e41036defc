using StrategyBot.BotFramework.Protocol;
using StrategyBot.BotFramework.State;
using StrategyBot.Testing;

namespace StrategyBot.App.Tests;

public sealed class TurnScopeTests
{
    [Fact]
    public void From_PersonalMessage_IsTheSendersUserScopeByLowerCasedEntraId()
    {
        var activity = Activities.Message("hello");
        activity.From!.AadObjectId = Activities.UserAadObjectId.ToUpperInvariant();

        var scope = TurnScope.From(activity);

        Assert.NotNull(scope);
        Assert.Equal(StateScopeKind.User, scope.Kind);
        Assert.Equal(Activities.TenantId, scope.TenantId);
        Assert.Equal(Activities.UserAadObjectId, scope.Id);
    }

    [Fact]
    public void From_MessageInAGroupChat_IsStillTheSendersOwnScope()
    {
        // Until team plans (issue 17) choose StateScope.ForConversation here, every turn works on its sender's state.
        var scope = TurnScope.From(Activities.Message("hello", conversationId: "19:group@thread.v2"));

        Assert.Equal(StateScope.ForUser(Activities.TenantId, Activities.UserAadObjectId), scope);
    }

    [Fact]
    public void From_TextAndCardDataNamingAnotherUser_DoNotChangeTheScope()
    {
        var plain = TurnScope.From(Activities.Message("hello"));
        var naming = Activities.Message($"{Activities.TenantId}|u|someone-else");
        naming.Value = new System.Text.Json.Nodes.JsonObject { ["scope"] = $"{Activities.TenantId}|u|someone-else", ["userId"] = "someone-else" };

        Assert.Equal(plain, TurnScope.From(naming));
    }

    [Fact]
    public void From_NoTenant_IsNull()
    {
        var activity = Activities.Message("hello");
        activity.Conversation = new ConversationAccount { Id = Activities.ConversationId };
        activity.ChannelData = null;

        Assert.Null(TurnScope.From(activity));
    }

    [Fact]
    public void From_IdTooLongForATableKey_IsNull()
    {
        var activity = Activities.Message("hello");
        activity.From = new ChannelAccount { Id = new string('x', 600) };

        Assert.Null(TurnScope.From(activity));
    }
}
