using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using StrategyBot.BotFramework.Protocol;

namespace StrategyBot.BotFramework.Tests.Protocol;

public sealed class ProtocolJsonTests
{
    [Theory]
    [InlineData(TeamsSamples.GroupChatMention)]
    [InlineData(TeamsSamples.CardSubmit)]
    [InlineData(TeamsSamples.MembersAdded)]
    [InlineData(TeamsSamples.InstallationUpdate)]
    public void TryReadActivity_TeamsSample_RoundTripsEveryField(string json)
    {
        var original = JsonNode.Parse(json)!.AsObject();

        var read = ProtocolJson.TryReadActivity(Encoding.UTF8.GetBytes(json), out var activity, out _);
        var written = JsonNode.Parse(JsonSerializer.Serialize(activity!, ProtocolJsonContext.Default.Activity))!.AsObject();

        Assert.True(read);
        AssertSameTimestamp(original, written, "timestamp");
        AssertSameTimestamp(original, written, "localTimestamp");
        Assert.True(JsonNode.DeepEquals(WithoutNulls(original), written), written.ToJsonString());
    }

    [Fact]
    public void TryReadActivity_TeamsSample_ExposesTeamsFields()
    {
        var json = Encoding.UTF8.GetBytes(TeamsSamples.GroupChatMention);

        ProtocolJson.TryReadActivity(json, out var activity, out _);

        Assert.Equal("groupChat", activity!.Conversation!.ConversationType);
        Assert.Equal("Europe/Berlin", activity.LocalTimezone);
        Assert.Equal("de-DE", activity.Locale);
        Assert.Equal(3, activity.Entities!.Count);
        Assert.Equal("v7", activity.Conversation.ExtensionData!["rosterVersion"].GetString());
        Assert.Equal(42, activity.ExtensionData!["futureTopLevel"].GetProperty("nested").GetProperty("value").GetInt32());
    }

    [Fact]
    public void TryReadActivity_CardSubmit_KeepsValueAsJson()
    {
        ProtocolJson.TryReadActivity(Encoding.UTF8.GetBytes(TeamsSamples.CardSubmit), out var activity, out _);

        Assert.Equal("kpiCheckIn", activity!.Value!["verb"]!.GetValue<string>());
        Assert.Equal("two", activity.Value["nested"]!["list"]![1]!.GetValue<string>());
    }

    [Theory]
    [InlineData("{")]
    [InlineData("not json")]
    [InlineData("[]")]
    [InlineData("null")]
    [InlineData("42")]
    [InlineData("{}")]
    [InlineData("""{"type":""}""")]
    [InlineData("""{"type":42}""")]
    [InlineData("""{"type":"message","from":"not an object"}""")]
    [InlineData("""{"type":"message","timestamp":"yesterday"}""")]
    [InlineData("""{"type":"message","entities":[1]}""")]
    [InlineData("""{"type":"message","type":"invoke"}""")]
    [InlineData("""{"type":"message","channelData":{"tenant":{"id":"a"},"tenant":{"id":"b"}}}""")]
    [InlineData("""{"type":"message","futureField":"\ud800"}""")]
    [InlineData("""{"type":"message","text":"\udc00 lone low surrogate"}""")]
    [InlineData("""{"type":"message","value":{"k\ud83d":1}}""")]
    public void TryReadActivity_BadInput_ReturnsFalseWithReason(string json)
    {
        var read = ProtocolJson.TryReadActivity(Encoding.UTF8.GetBytes(json), out var activity, out var error);

        Assert.False(read);
        Assert.Null(activity);
        Assert.False(string.IsNullOrWhiteSpace(error));
    }

    [Fact]
    public void TryReadActivity_NullElementsInLists_DroppedAndTheRestKept()
    {
        var json = """
            {"type":"conversationUpdate","membersAdded":[null,{"id":"28:bot"},null],"membersRemoved":[null],
             "attachments":[null],"entities":[null,{"type":"clientInfo"}],"suggestedActions":{"actions":[null]}}
            """;

        var read = ProtocolJson.TryReadActivity(Encoding.UTF8.GetBytes(json), out var activity, out _);

        Assert.True(read);
        Assert.Equal("28:bot", Assert.Single(activity!.MembersAdded!).Id);
        Assert.Empty(activity.MembersRemoved!);
        Assert.Empty(activity.Attachments!);
        Assert.Single(activity.Entities!);
        Assert.Empty(activity.SuggestedActions!.Actions);
    }

    [Fact]
    public void TryReadActivity_InvalidUtf8_ReturnsFalse()
    {
        byte[] json = [.. "{\"type\":\"message\",\"text\":\""u8, 0xC3, 0x28, .. "\"}"u8];

        var read = ProtocolJson.TryReadActivity(json, out _, out _);

        Assert.False(read);
    }

    [Fact]
    public void TryReadActivity_NestingBeyondMaxDepth_ReturnsFalse()
    {
        var json = "{\"type\":\"message\",\"value\":" + new string('[', 200) + new string(']', 200) + "}";

        var read = ProtocolJson.TryReadActivity(Encoding.UTF8.GetBytes(json), out _, out _);

        Assert.False(read);
    }

    [Fact]
    public void TryReadActivity_Utf8ByteOrderMark_IsAccepted()
    {
        byte[] json = [0xEF, 0xBB, 0xBF, .. """{"type":"message","text":"سلام"}"""u8];

        var read = ProtocolJson.TryReadActivity(json, out var activity, out _);

        Assert.True(read);
        Assert.Equal("سلام", activity!.Text);
    }

    [Fact]
    public void Serialize_InvokeResponse_HasTeamsShape()
    {
        var response = InvokeResponse.Card(new JsonObject { ["type"] = "AdaptiveCard", ["version"] = "1.5" });

        var json = JsonNode.Parse(JsonSerializer.Serialize(response, ProtocolJsonContext.Default.InvokeResponse))!.AsObject();

        Assert.Equal(["statusCode", "type", "value"], json.Select(p => p.Key).Order().ToArray());
        Assert.Equal(200, json["statusCode"]!.GetValue<int>());
        Assert.Equal("application/vnd.microsoft.card.adaptive", json["type"]!.GetValue<string>());
        Assert.Equal("AdaptiveCard", json["value"]!["type"]!.GetValue<string>());
    }

    [Fact]
    public void Serialize_PersonalChatParameters_WritesIsGroupFalseAndOmitsNulls()
    {
        var parameters = ConversationParameters.ForPersonalChat("28:bot", "29:user", "tenant-1");

        var json = JsonNode.Parse(JsonSerializer.Serialize(parameters, ProtocolJsonContext.Default.ConversationParameters))!.AsObject();

        Assert.False(json["isGroup"]!.GetValue<bool>());
        Assert.Equal("29:user", json["members"]![0]!["id"]!.GetValue<string>());
        Assert.Equal("tenant-1", json["channelData"]!["tenant"]!["id"]!.GetValue<string>());
        Assert.False(json.ContainsKey("activity"));
        Assert.False(json.ContainsKey("topicName"));
    }

    private static void AssertSameTimestamp(JsonObject original, JsonObject written, string property)
    {
        if (original[property] is null)
        {
            return;
        }

        Assert.Equal(original[property]!.GetValue<DateTimeOffset>(), written[property]!.GetValue<DateTimeOffset>());
        original.Remove(property);
        written.Remove(property);
    }

    // Known properties that were explicitly null are omitted on write (the connector dislikes explicit nulls);
    // unknown ones are kept verbatim, nulls included.
    private static JsonObject WithoutNulls(JsonObject json)
    {
        foreach (var key in json.Where(p => p.Value is null).Select(p => p.Key).ToList())
        {
            json.Remove(key);
        }

        return json;
    }
}
