using System.Text.Json.Nodes;
using StrategyBot.App.Privacy;
using StrategyBot.Testing;

namespace StrategyBot.App.Tests.Trust;

[Trait("Category", "Trust")]
public sealed class PrivacyCommandsTests
{
    [Theory]
    [InlineData("export my data", "Export")]
    [InlineData("  Export My Data! ", "Export")]
    [InlineData("خروجی اطلاعات من", "Export")]
    [InlineData("delete my data", "Delete")]
    [InlineData("DELETE MY DATA.", "Delete")]
    [InlineData("حذف اطلاعات من", "Delete")]
    [InlineData("حذف اطلاعات من؟", "Delete")]
    public void Parse_TypedCommand_Recognised(string text, string expected)
    {
        var kind = PrivacyCommands.Parse(Activities.Message(text));

        Assert.Equal(Enum.Parse<PrivacyCommandKind>(expected), kind);
    }

    [Theory]
    [InlineData("please don't delete my data yet, I'm thinking")]
    [InlineData("yes")]
    [InlineData("we export data to partners")]
    public void Parse_CommandWordsInsideAnAnswer_NotACommand(string text)
    {
        var kind = PrivacyCommands.Parse(Activities.Message(text));

        Assert.Null(kind);
    }

    [Theory]
    [InlineData("yes", "ConfirmDelete")]
    [InlineData("بله", "ConfirmDelete")]
    [InlineData("آره", "ConfirmDelete")]
    [InlineData("no", "CancelDelete")]
    [InlineData("نه", "CancelDelete")]
    [InlineData("خیر", "CancelDelete")]
    public void ParseAnswer_YesOrNo_Recognised(string text, string expected)
    {
        var kind = PrivacyCommands.ParseAnswer(Activities.Message(text));

        Assert.Equal(Enum.Parse<PrivacyCommandKind>(expected), kind);
    }

    [Fact]
    public void Parse_ConfirmButton_Recognised()
    {
        var submit = Activities.CardSubmit(new JsonObject { ["action"] = "privacy", ["privacy"] = "confirmDelete", ["unknown"] = new JsonArray(1, 2) });

        Assert.Equal(PrivacyCommandKind.ConfirmDelete, PrivacyCommands.Parse(submit));
    }

    public static TheoryData<string> HostileCardData() => new()
    {
        """{"action":"privacy","privacy":5}""",
        """{"action":"privacy","privacy":{"confirmDelete":true}}""",
        """{"action":"privacy","privacy":["confirmDelete"]}""",
        """{"action":["privacy"],"privacy":"confirmDelete"}""",
        """{"action":7,"privacy":"confirmDelete"}""",
        """{"action":"privacy","privacy":"confirmdelete "}""",
        """{"action":"privacy","privacy":null}""",
        """{"action":"privacy"}""",
    };

    [Theory]
    [MemberData(nameof(HostileCardData))]
    public void Parse_CardDataOfWrongTypesOrValues_IgnoredWithoutThrowing(string json)
    {
        var submit = Activities.CardSubmit(JsonNode.Parse(json)!.AsObject());

        Assert.Null(PrivacyCommands.Parse(submit));
        Assert.Null(PrivacyCommands.ParseAnswer(submit));
    }
}
