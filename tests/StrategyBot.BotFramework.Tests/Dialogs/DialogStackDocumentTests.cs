using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using StrategyBot.BotFramework.Dialogs;
using StrategyBot.BotFramework.State;

namespace StrategyBot.BotFramework.Tests.Dialogs;

public sealed class DialogStackDocumentTests
{
    private const string Stored =
        """{"schema":1,"stack":[{"id":"root","version":"v1","step":"ask","values":{"answers":["a"],"fa":"سلام"},"state":{"n":1},"stack":[{"id":"prompt","version":"v1","step":null,"values":{},"state":{"options":{"text":"Q?"}}}]}]}""";

    private static string Write(IEnumerable<DialogInstance> stack) =>
        Encoding.UTF8.GetString(StateJsonWriter.Write(stack, DialogStackDocument.Write));

    [Fact]
    public void Read_ThenWrite_WritesTheStoredBytesAgain()
    {
        var stack = DialogStackDocument.Read(Encoding.UTF8.GetBytes(Stored));

        var written = Write(stack);

        Assert.Equal(Stored, written);
    }

    [Fact]
    public void Read_NestedStack_GivesTypedInstancesWithTheirValuesAndState()
    {
        var stack = DialogStackDocument.Read(Encoding.UTF8.GetBytes(Stored));

        var root = Assert.Single(stack);
        Assert.Equal(("root", "v1", "ask"), (root.Id, root.Version, root.Step));
        Assert.Equal("a", root.Values["answers"]![0]!.GetValue<string>());
        var prompt = Assert.Single(root.Children);
        Assert.Null(prompt.Step);
        Assert.Equal("Q?", prompt.State["options"]!["text"]!.GetValue<string>());
    }

    [Fact]
    public void Write_ValuesThatSitInAnotherTree_WritesThemAndLeavesThatTreeWhole()
    {
        var elsewhere = new JsonObject { ["values"] = new JsonObject { ["k"] = "v" } };
        var shared = new JsonObject { ["s"] = 1 };
        var instance = new DialogInstance("a", "v1") { Values = elsewhere["values"]!.AsObject(), State = shared };
        var sibling = new DialogInstance("b", "v1") { State = shared };

        var written = JsonNode.Parse(Write([instance, sibling]))!;

        Assert.Equal("v", written["stack"]![0]!["values"]!["k"]!.GetValue<string>());
        Assert.Equal(1, written["stack"]![1]!["state"]!["s"]!.GetValue<int>());
        Assert.Same(elsewhere["values"], instance.Values);
        Assert.Equal("""{"values":{"k":"v"}}""", elsewhere.ToJsonString());
    }

    [Fact]
    public void Read_ValuesOfAnotherKind_ReadAsEmpty()
    {
        var stack = DialogStackDocument.Read("""{"stack":[{"id":"a","values":[1],"state":"x","stack":5,"extra":{"k":[]}}]}"""u8);

        var instance = Assert.Single(stack);
        Assert.Empty(instance.Values);
        Assert.Empty(instance.State);
        Assert.Empty(instance.Children);
        Assert.Equal(string.Empty, instance.Version);
    }

    [Theory]
    [InlineData("""[{"stack":[]}]""")]
    [InlineData("""{"schema":1}""")]
    [InlineData("""{"stack":{"id":"a"}}""")]
    [InlineData("""{"stack":[{"version":"v1"}]}""")]
    [InlineData("""{"stack":[{"id":""}]}""")]
    [InlineData("""{"stack":[5]}""")]
    public void Read_NotAStackThisCodeWrote_ThrowsFormatException(string json)
    {
        Assert.Throws<FormatException>(() => DialogStackDocument.Read(Encoding.UTF8.GetBytes(json)));
    }

    [Fact]
    public void Read_IdOfTheWrongKind_ThrowsInvalidOperation()
    {
        Assert.Throws<InvalidOperationException>(() => DialogStackDocument.Read("""{"stack":[{"id":5}]}"""u8));
    }

    [Fact]
    public void Read_BytesCutShortAfterTheStack_ThrowsJsonException()
    {
        Assert.ThrowsAny<JsonException>(() => DialogStackDocument.Read("""{"stack":[],"x":"""u8));
    }
}
