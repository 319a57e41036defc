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
    public void Read_ThenChangeValues_LeavesTheStoredDocumentAlone()
    {
        var stored = Stored();
        var before = stored.ToJsonString();

        var stack = DialogStackDocument.Read(stored);
        stack[0].Values["answers"]!.AsArray().Add("b");
        stack[0].Children[0].State["attempts"] = 2;

        Assert.Equal(before, stored.ToJsonString());
    }

    [Fact]
    public void Write_AfterRead_RoundTripsTheStack()
    {
        var stored = Stored();

        var written = DialogStackDocument.Write(DialogStackDocument.Read(stored));

        Assert.True(JsonNode.DeepEquals(stored, written));
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
    public void Read_WithoutCopy_SharesTheStoredNodesAndStillValidates()
    {
        var stored = Stored();

        var stack = DialogStackDocument.Read(stored, copy: false);

        Assert.Same(stored["stack"]![0]!["values"], stack[0].Values);
        Assert.Throws<FormatException>(() => DialogStackDocument.Read((JsonObject)JsonNode.Parse("""{"stack":[{"version":"v1"}]}""")!, copy: false));
    }
}
