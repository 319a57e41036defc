using System.Text.Json;
using System.Text.Json.Nodes;
using StrategyBot.BotFramework.Protocol;

namespace StrategyBot.BotFramework.Tests.Protocol;

/// <summary>The message-extension invoke values as Teams sends them, and the answers as Teams reads them.</summary>
public sealed class MessagingExtensionProtocolTests
{
    [Fact]
    public void TryRead_FetchTaskFromAMessage_ReadsCommandContextAndMessageBody()
    {
        var value = JsonNode.Parse("""
            {"commandId":"saveAsGoal","commandContext":"message","requestId":"7f7d",
             "messagePayload":{"id":"1611060744833","body":{"contentType":"html","content":"<p>hi</p>"}}}
            """);

        var read = MessagingExtensionAction.TryRead(value, out var action);

        Assert.True(read);
        Assert.Equal(("saveAsGoal", "message", "<p>hi</p>", "html"), (action.CommandId, action.CommandContext, action.MessageContent, action.MessageContentType));
        Assert.Null(action.Data);
    }

    [Theory]
    [InlineData("null")]
    [InlineData("[]")]
    [InlineData("\"saveAsGoal\"")]
    [InlineData("{}")]
    [InlineData("{\"commandId\":7}")]
    [InlineData("{\"commandId\":\"\"}")]
    public void TryRead_NoStringCommandId_IsFalse(string json)
    {
        Assert.False(MessagingExtensionAction.TryRead(JsonNode.Parse(json), out _));
        Assert.False(MessagingExtensionQuery.TryRead(JsonNode.Parse(json), out _));
    }

    [Fact]
    public void TryRead_FieldsOfTheWrongKind_ReadAsAbsent()
    {
        var value = JsonNode.Parse("""{"commandId":"newGoal","commandContext":5,"data":"x","messagePayload":{"body":{"content":{"a":1}}}}""");

        MessagingExtensionAction.TryRead(value, out var action);

        Assert.Equal((null, null, null), (action.CommandContext, (object?)action.Data, action.MessageContent));
    }

    [Fact]
    public void TryRead_InitialRunQuery_IsTheInitialRun()
    {
        var value = JsonNode.Parse("""
            {"commandId":"myObjectives","parameters":[{"name":"initialRun","value":"true"}],"queryOptions":{"skip":0,"count":25}}
            """);

        MessagingExtensionQuery.TryRead(value, out var query);

        Assert.True(query.IsInitialRun);
        Assert.Equal((0, 25), (query.Skip, query.Count));
    }

    [Fact]
    public void TryRead_QueryWithOddParameters_KeepsStringsAndNumbersAndFixesPaging()
    {
        var value = JsonNode.Parse("""
            {"commandId":"myObjectives","parameters":[{"name":"searchText","value":"reach"},{"name":"n","value":5},{"name":"x","value":{}},{"value":"nameless"},"junk"],
             "queryOptions":{"skip":-3,"count":"lots"}}
            """);

        MessagingExtensionQuery.TryRead(value, out var query);

        Assert.Equal(["n", "searchText"], query.Parameters.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("5", query.Parameters["n"]);
        Assert.False(query.IsInitialRun);
        Assert.Equal((0, (int?)null), (query.Skip, query.Count));
    }

    [Fact]
    public void Serialize_DialogAnswer_IsTaskContinueWithTheCardAndNoUniversalActionFields()
    {
        var card = new JsonObject { ["type"] = "AdaptiveCard", ["version"] = "1.5" };
        var response = InvokeResponse.Dialog(TaskModuleResponse.Continue(new TaskModuleTaskInfo
        {
            Title = "Save as goal",
            Height = "large",
            Width = "medium",
            Card = Attachment.AdaptiveCard(card),
        }));

        var json = Serialize(response);

        Assert.Equal(["task"], json.Select(p => p.Key));
        Assert.Equal("continue", (string?)json["task"]!["type"]);
        Assert.Equal("Save as goal", (string?)json["task"]!["value"]!["title"]);
        Assert.Equal(Attachment.AdaptiveCardContentType, (string?)json["task"]!["value"]!["card"]!["contentType"]);
        Assert.True(JsonNode.DeepEquals(card, json["task"]!["value"]!["card"]!["content"]));
    }

    [Fact]
    public void Serialize_ResultAnswer_IsComposeExtensionResultListWithPreviews()
    {
        var card = new JsonObject { ["type"] = "AdaptiveCard", ["version"] = "1.5" };
        var response = InvokeResponse.Compose(MessagingExtensionResult.Result([MessagingExtensionAttachment.AdaptiveCard(card, "Goal", null)]));

        var json = Serialize(response);

        Assert.Equal(["composeExtension"], json.Select(p => p.Key));
        Assert.Equal("result", (string?)json["composeExtension"]!["type"]);
        Assert.Equal("list", (string?)json["composeExtension"]!["attachmentLayout"]);
        var attachment = json["composeExtension"]!["attachments"]![0]!.AsObject();
        Assert.Equal(MessagingExtensionAttachment.ThumbnailCardContentType, (string?)attachment["preview"]!["contentType"]);
        Assert.Equal("""{"title":"Goal"}""", attachment["preview"]!["content"]!.ToJsonString());
    }

    [Theory]
    [InlineData("composeExtension/fetchTask", """{"task":{"type":"message","value":"Sorry"}}""")]
    [InlineData("composeExtension/submitAction", """{"task":{"type":"message","value":"Sorry"}}""")]
    [InlineData("composeExtension/query", """{"composeExtension":{"type":"message","text":"Sorry"}}""")]
    [InlineData("composeExtension/queryLink", """{"composeExtension":{"type":"message","text":"Sorry"}}""")]
    [InlineData("adaptiveCard/action", """{"statusCode":200,"type":"application/vnd.microsoft.activity.message","value":"Sorry"}""")]
    [InlineData(null, """{"statusCode":200,"type":"application/vnd.microsoft.activity.message","value":"Sorry"}""")]
    public void Text_EachInvoke_GetsTheShapeItsClientShows(string? name, string expected)
    {
        var json = Serialize(InvokeResponse.Text(name, "Sorry"));

        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(expected), json), json.ToJsonString());
    }

    private static JsonObject Serialize(InvokeResponse response) =>
        JsonNode.Parse(JsonSerializer.Serialize(response, ProtocolJsonContext.Default.InvokeResponse))!.AsObject();
}
