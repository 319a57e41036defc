using System.Text;
using System.Text.Json.Nodes;
using StrategyBot.BotFramework.Protocol;

namespace StrategyBot.BotFramework.Tests.Protocol;

public sealed class ActivityExtensionsTests
{
    [Fact]
    public void GetTenantId_ConversationHasTenant_ReturnsIt()
    {
        var activity = new Activity
        {
            Conversation = new ConversationAccount { TenantId = "from-conversation" },
            ChannelData = new JsonObject { ["tenant"] = new JsonObject { ["id"] = "from-channel-data" } },
        };

        var tenant = activity.GetTenantId();

        Assert.Equal("from-conversation", tenant);
    }

    [Fact]
    public void GetTenantId_OnlyChannelDataHasTenant_FallsBackToIt()
    {
        var activity = Read(TeamsSamples.CardSubmit);

        var tenant = activity.GetTenantId();

        Assert.Equal("b7a1c2d3-0000-4000-8000-000000000001", tenant);
    }

    [Theory]
    [InlineData("""{"type":"message"}""")]
    [InlineData("""{"type":"message","channelData":{"tenant":"flat-string"}}""")]
    [InlineData("""{"type":"message","channelData":{"tenant":{"id":7}}}""")]
    public void GetTenantId_MissingOrOddShapes_ReturnsNull(string json)
    {
        var activity = Read(json);

        var tenant = activity.GetTenantId();

        Assert.Null(tenant);
    }

    [Fact]
    public void GetTextWithoutRecipientMention_BotMentioned_RemovesOnlyTheBotsMention()
    {
        var activity = Read(TeamsSamples.GroupChatMention);
        activity.Text = "<at>StrategyBot</at> ask <at>Grace</at> about the plan";

        var text = activity.GetTextWithoutRecipientMention();

        Assert.Equal("ask <at>Grace</at> about the plan", text);
    }

    [Fact]
    public void GetTextWithoutRecipientMention_MentionOfSomeoneElseOnly_KeepsText()
    {
        var activity = Read(TeamsSamples.GroupChatMention);
        activity.Recipient = new ChannelAccount { Id = "28:another-bot" };

        var text = activity.GetTextWithoutRecipientMention();

        Assert.Equal("<at>StrategyBot</at> show my plan", text);
    }

    [Fact]
    public void GetTextWithoutRecipientMention_NoEntities_ReturnsTrimmedText()
    {
        var activity = new Activity { Text = "  hello  ", Recipient = new ChannelAccount { Id = "28:bot" } };

        var text = activity.GetTextWithoutRecipientMention();

        Assert.Equal("hello", text);
    }

    [Fact]
    public void GetTextWithoutRecipientMention_MalformedMentionEntities_AreSkipped()
    {
        var activity = Read("""
            {"type":"message","text":"<at>Bot</at> hi","recipient":{"id":"28:bot"},
             "entities":[{"type":"mention"},{"type":"mention","mentioned":"28:bot","text":"<at>Bot</at>"},{"type":5}]}
            """);

        var text = activity.GetTextWithoutRecipientMention();

        Assert.Equal("<at>Bot</at> hi", text);
    }

    [Fact]
    public void GetTimeZoneId_LocalTimezonePresent_ReturnsIt()
    {
        var activity = Read(TeamsSamples.GroupChatMention);

        var zone = activity.GetTimeZoneId();

        Assert.Equal("Europe/Berlin", zone);
    }

    [Fact]
    public void GetTimeZoneId_OnlyClientInfo_FallsBackToClientInfoTimezone()
    {
        var activity = Read(TeamsSamples.CardSubmit);

        var zone = activity.GetTimeZoneId();

        Assert.Equal("Asia/Tehran", zone);
    }

    [Fact]
    public void GetTimeZoneId_NeitherPresent_ReturnsNull()
    {
        var activity = Read(TeamsSamples.MembersAdded);

        var zone = activity.GetTimeZoneId();

        Assert.Null(zone);
    }

    [Fact]
    public void GetLocale_OnlyClientInfo_FallsBackToClientInfoLocale()
    {
        var activity = Read(TeamsSamples.CardSubmit);

        var locale = activity.GetLocale();

        Assert.Equal("fa-IR", locale);
    }

    private static Activity Read(string json)
    {
        Assert.True(ProtocolJson.TryReadActivity(Encoding.UTF8.GetBytes(json), out var activity, out var error), error);
        return activity;
    }
}
