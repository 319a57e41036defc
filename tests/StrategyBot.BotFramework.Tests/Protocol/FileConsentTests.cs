using System.Text.Json.Nodes;
using StrategyBot.BotFramework.Protocol;

namespace StrategyBot.BotFramework.Tests.Protocol;

public sealed class FileConsentTests
{
    [Fact]
    public void Read_Accept_GivesContextAndUploadInfo()
    {
        var activity = Invoke(new JsonObject
        {
            ["type"] = "fileUpload",
            ["action"] = "accept",
            ["context"] = new JsonObject { ["k"] = "v" },
            ["uploadInfo"] = new JsonObject { ["uploadUrl"] = "https://upload.example/1", ["contentUrl"] = "https://files.example/1", ["name"] = "a.docx", ["uniqueId"] = "u1", ["fileType"] = "docx" },
        });

        var answer = FileConsent.Read(activity);

        Assert.NotNull(answer);
        Assert.True(answer.Accepted);
        Assert.Equal("v", (string?)answer.Context!["k"]);
        Assert.Equal("https://upload.example/1", answer.UploadUrl);
        Assert.Equal("u1", FileConsent.InfoCard(answer).Content!["uniqueId"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("{\"action\":\"maybe\"}")]
    [InlineData("{\"action\":42}")]
    [InlineData("[]")]
    public void Read_MalformedValue_Null(string json)
    {
        var answer = FileConsent.Read(Invoke(JsonNode.Parse(json)));

        Assert.Null(answer);
    }

    [Fact]
    public void Read_DeclineWithUploadInfoOfTheWrongKind_DeclinedWithoutUrl()
    {
        var answer = FileConsent.Read(Invoke(new JsonObject { ["action"] = "decline", ["uploadInfo"] = "https://evil.example/" }));

        Assert.NotNull(answer);
        Assert.False(answer.Accepted);
        Assert.Null(answer.UploadUrl);
    }

    private static Activity Invoke(JsonNode? value) => new() { Type = ActivityTypes.Invoke, Name = FileConsent.InvokeName, Value = value };
}
