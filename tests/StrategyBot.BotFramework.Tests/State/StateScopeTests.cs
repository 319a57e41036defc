using StrategyBot.BotFramework.State;

namespace StrategyBot.BotFramework.Tests.State;

public sealed class StateScopeTests
{
    [Fact]
    public void ForUser_PlainIds_KeyIsReadable()
    {
        var scope = StateScope.ForUser("00000000-0000-0000-0000-000000000001", "user-id-0");

        Assert.Equal("00000000-0000-0000-0000-000000000001|u|user-id-0", scope.Key);
        Assert.Equal(StateScopeKind.User, scope.Kind);
        Assert.Equal("00000000-0000-0000-0000-000000000001", scope.TenantId);
        Assert.Equal("user-id-0", scope.Id);
    }

    [Fact]
    public void ForConversation_SameIdsAsAUser_IsAnotherScopeWithAnotherKey()
    {
        var user = StateScope.ForUser("t1", "19:abc@thread.v2");
        var conversation = StateScope.ForConversation("t1", "19:abc@thread.v2");

        Assert.NotEqual(user, conversation);
        Assert.NotEqual(user.Key, conversation.Key);
        Assert.Equal("t1|c|19:abc@thread.v2", conversation.Key);
        Assert.Equal(StateScopeKind.Conversation, conversation.Kind);
    }

    [Theory]
    [InlineData("tenant|1/x", "29:user|#?")]
    [InlineData("t%0025", "%")]
    [InlineData("t", "a|u|b")]
    [InlineData("t", "سارا 😀")]
    public void Parse_KeyOfAnyScope_GivesTheSameScopeBack(string tenantId, string id)
    {
        foreach (var scope in new[] { StateScope.ForUser(tenantId, id), StateScope.ForConversation(tenantId, id) })
        {
            var parsed = StateScope.Parse(scope.Key);

            Assert.Equal(scope, parsed);
            Assert.Equal(scope.Kind, parsed.Kind);
            Assert.Equal(tenantId, parsed.TenantId);
            Assert.Equal(id, parsed.Id);
        }
    }

    [Fact]
    public void Parse_IdWithALoneSurrogateAndAControlCharacter_KeyHoldsNeitherAndReadsBack()
    {
        var scope = StateScope.ForConversation("t", "lone \ud800 surrogate and \u0001 control");

        Assert.DoesNotContain(scope.Key, c => char.IsSurrogate(c) || char.IsControl(c));
        Assert.Equal(scope.Id, StateScope.Parse(scope.Key).Id);
    }

    [Theory]
    [InlineData("a|b", "c", "a", "b|c")]
    [InlineData("a", "u|b", "a|u", "b")]
    [InlineData("t1", "user", "t2", "user")]
    [InlineData("t1", "user", "T1", "user")]
    [InlineData("t", "%007C", "t", "|")]
    public void ForUser_DifferentIds_GiveDifferentKeys(string tenantA, string userA, string tenantB, string userB)
    {
        Assert.NotEqual(StateScope.ForUser(tenantA, userA).Key, StateScope.ForUser(tenantB, userB).Key);
        Assert.NotEqual(StateScope.ForUser(tenantA, userA).Key, StateScope.ForConversation(tenantB, userB).Key);
    }

    [Theory]
    [InlineData("")]
    [InlineData("no separators")]
    [InlineData("t|x|u")]
    [InlineData("t|u|a|b")]
    [InlineData("|u|user")]
    [InlineData("t|u|")]
    [InlineData("t|u|%00")]
    [InlineData("t|u|%zzzz")]
    [InlineData("t|u|%0041")]
    public void Parse_NotAScopeKey_ThrowsFormatException(string key)
    {
        Assert.Throws<FormatException>(() => StateScope.Parse(key));
    }

    [Theory]
    [InlineData("", "user")]
    [InlineData("tenant", " ")]
    public void ForUser_MissingId_Throws(string tenantId, string userId)
    {
        Assert.Throws<ArgumentException>(() => StateScope.ForUser(tenantId, userId));
    }

    [Fact]
    public void ToString_NamesTheKindButNoId()
    {
        var text = StateScope.ForUser("secret-tenant", "secret-user").ToString();

        Assert.DoesNotContain("secret", text, StringComparison.Ordinal);
        Assert.Contains("User", text, StringComparison.Ordinal);
    }
}
