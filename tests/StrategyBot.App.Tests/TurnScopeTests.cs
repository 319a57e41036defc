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

    [Theory]
    [InlineData("groupChat", "19:group@thread.v2", "19:group@thread.v2")]
    [InlineData("channel", "19:general@thread.tacv2;messageid=1700000000000", "19:general@thread.tacv2")]
    public void From_MessageInAGroupChatOrChannelThread_IsTheConversationsScope(string type, string conversationId, string scopeId)
    {
        var activity = Activities.Message("hello", conversationId: conversationId);
        activity.Conversation!.ConversationType = type;

        var scope = TurnScope.From(activity);

        Assert.Equal(StateScope.ForConversation(Activities.TenantId, scopeId), scope);
    }

    [Fact]
    public void From_MessageExtensionUsedInAChannel_IsTheSendersOwnScope()
    {
        var activity = Activities.Invoke("composeExtension/query", new System.Text.Json.Nodes.JsonObject(), conversationId: "19:general@thread.tacv2");
        activity.Conversation!.ConversationType = "channel";

        Assert.Equal(StateScope.ForUser(Activities.TenantId, Activities.UserAadObjectId), TurnScope.From(activity));
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
