using System.Text.Json.Nodes;
using StrategyBot.BotFramework.Dialogs;

namespace StrategyBot.BotFramework.Tests.Dialogs;

public sealed class DialogStackDocumentTests
{
    private static JsonObject Stored() => (JsonObject)JsonNode.Parse("""
        {"schema":1,"stack":[{"id":"root","version":"v1","step":"ask","values":{"answers":["a"]},"state":{"n":1},
          "stack":[{"id":"prompt","version":"v1","step":null,"values":{},"state":{"options":{"text":"Q?"}}}]}]}
        """)!;

    [Fact]
    public void Read_ThenWrite_MovesTheNodesBackWithoutCopying()
    {
        var stack = DialogStackDocument.Read(Stored());
        var values = stack[0].Values;
        var childState = stack[0].Children[0].State;

        var written = DialogStackDocument.Write(stack);

        Assert.Same(values, written["stack"]![0]!["values"]);
        Assert.Same(childState, written["stack"]![0]!["stack"]![0]!["state"]);
    }

    [Fact]
    public void Write_AfterRead_RoundTripsTheStack()
    {
        var written = DialogStackDocument.Write(DialogStackDocument.Read(Stored()));

        Assert.True(JsonNode.DeepEquals(Stored(), written));
    }

    [Fact]
    public void Write_ValuesThatSitInAnotherTree_CopiesThemAndLeavesThatTreeWhole()
    {
        var elsewhere = new JsonObject { ["values"] = new JsonObject { ["k"] = "v" } };
        var shared = new JsonObject { ["s"] = 1 };
        var instance = new DialogInstance("a", "v1") { Values = elsewhere["values"]!.AsObject(), State = shared };
        var sibling = new DialogInstance("b", "v1") { State = shared };

        var written = DialogStackDocument.Write([instance, sibling]);

        Assert.Equal("v", written["stack"]![0]!["values"]!["k"]!.GetValue<string>());
        Assert.Equal(1, written["stack"]![1]!["state"]!["s"]!.GetValue<int>());
        Assert.Same(elsewhere["values"], instance.Values);
        Assert.Equal("""{"values":{"k":"v"}}""", elsewhere.ToJsonString());
    }

    [Fact]
    public void Read_TakesTheStoredNodesAndStillValidates()
    {
        var stored = Stored();
        var storedValues = stored["stack"]![0]!["values"];

        var stack = DialogStackDocument.Read(stored);

        Assert.Same(storedValues, stack[0].Values);
        Assert.Null(storedValues!.Parent);
        Assert.Throws<FormatException>(() => DialogStackDocument.Read((JsonObject)JsonNode.Parse("""{"stack":[{"version":"v1"}]}""")!));
    }
}
