using System.Text.Json.Nodes;
using StrategyBot.App.Cards;
using StrategyBot.App.Localization;

namespace StrategyBot.App.Tests.Cards;

public sealed class CardFillerTests
{
    [Fact]
    public void SetText_KnownId_SetsTextOfThatElement()
    {
        var card = Sample();

        new CardFiller(card).SetText("title", "Hello \"there\"");

        Assert.Equal("Hello \"there\"", (string?)card["body"]![0]!["text"]);
    }

    [Fact]
    public void SetText_UnknownId_Throws()
    {
        var filler = new CardFiller(Sample());

        var exception = Assert.Throws<InvalidOperationException>(() => filler.SetText("nope", "x"));

        Assert.Contains("nope", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Element_IdOnlyInsideActionData_NotFound()
    {
        var filler = new CardFiller(Sample());

        var found = filler.Contains("hidden");

        Assert.False(found);
    }

    [Fact]
    public void Repeat_ThreeItems_ClonesInOrderWithUniqueIdsAndDropsPrototype()
    {
        var card = Sample();

        new CardFiller(card).Repeat("row", ["a", "b", "c"], (row, item, index) => row.SetText("row", $"{index}:{item}"));

        var body = card["body"]!.AsArray();
        Assert.Equal(["title", "row-0", "row-1", "row-2", "buttons"], body.Select(e => (string?)e!["id"]));
        Assert.Equal(["0:a", "1:b", "2:c"], body.Skip(1).Take(3).Select(e => (string?)e!["text"]));
    }

    [Fact]
    public void Repeat_NoItems_RemovesPrototype()
    {
        var card = Sample();

        new CardFiller(card).Repeat("row", Array.Empty<string>(), (_, _, _) => { });

        Assert.Equal(["title", "buttons"], card["body"]!.AsArray().Select(e => (string?)e!["id"]));
    }

    [Fact]
    public void Repeat_Nested_IdsStayUniqueAcrossTheCard()
    {
        var card = new JsonObject
        {
            ["body"] = new JsonArray(new JsonObject
            {
                ["type"] = "Container",
                ["id"] = "group",
                ["items"] = new JsonArray(new JsonObject { ["type"] = "TextBlock", ["id"] = "line", ["text"] = "" }),
            }),
        };

        new CardFiller(card).Repeat("group", [2, 3], (group, count, _) =>
            group.Repeat("line", Enumerable.Range(0, count), (line, n, _) => line.SetText("line", n.ToString(System.Globalization.CultureInfo.InvariantCulture))));

        var ids = CardAssert.Elements(card).Select(e => (string?)e["id"]).OfType<string>().ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.Equal(7, ids.Count);
    }

    [Fact]
    public void Repeat_IdPinnedBySetId_KeptAsGiven()
    {
        var card = Sample();

        new CardFiller(card).Repeat("row", ["reach", "clicks"], (row, kpi, _) => row.SetId("row", kpi));

        Assert.Equal(["title", "reach", "clicks", "buttons"], card["body"]!.AsArray().Select(e => (string?)e!["id"]));
    }

    [Fact]
    public void Remove_ActionInsideActionSet_RemovedFromItsArray()
    {
        var card = Sample();

        new CardFiller(card).Remove("go");

        Assert.Empty(card["body"]![2]!["actions"]!.AsArray());
    }

    [Fact]
    public void Remove_FallbackObject_RemovesTheProperty()
    {
        var card = Sample();
        card["body"]![2]!["actions"]![0]!["fallback"] = new JsonObject { ["type"] = "Action.Submit", ["id"] = "goFallback" };

        new CardFiller(card).Remove("goFallback");

        Assert.False(card["body"]![2]!["actions"]![0]!.AsObject().ContainsKey("fallback"));
    }

    [Fact]
    public void SetData_CallerObject_IsClonedNotShared()
    {
        var card = Sample();
        var data = new JsonObject { ["action"] = "start" };

        new CardFiller(card).SetData("go", data);
        data["action"] = "changed";

        Assert.Equal("start", (string?)card["body"]![2]!["actions"]![0]!["data"]!["action"]);
    }

    [Fact]
    public void SetFactsAndChoices_Values_WrittenAsJsonArrays()
    {
        var card = new JsonObject
        {
            ["body"] = new JsonArray(
                new JsonObject { ["type"] = "FactSet", ["id"] = "facts", ["facts"] = new JsonArray() },
                new JsonObject { ["type"] = "Input.ChoiceSet", ["id"] = "pick", ["choices"] = new JsonArray() }),
        };

        new CardFiller(card)
            .SetFacts("facts", [("Reach", "12,000"), ("CTR", "1.5%")])
            .SetChoices("pick", [new CardChoice("Instagram", "instagram")]);

        Assert.Equal("1.5%", (string?)card["body"]![0]!["facts"]![1]!["value"]);
        Assert.Equal("instagram", (string?)card["body"]![1]!["choices"]![0]!["value"]);
    }

    [Fact]
    public void SetValue_LoneSurrogate_RepairedSoCardSerialises()
    {
        var card = Sample();

        new CardFiller(card).SetValue("row", "bad\uD800");

        Assert.Contains("bad", card.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Finish_Persian_SetsRtlLangFallbackAndKeepsLogicalAlignment()
    {
        var card = Sample();
        card["body"]![1]!["horizontalAlignment"] = "Right";

        new CardFiller(card).Finish(Language.Persian, "متن جایگزین");

        Assert.True((bool?)card["rtl"]);
        Assert.Equal("fa", (string?)card["lang"]);
        Assert.Equal("متن جایگزین", (string?)card["fallbackText"]);
        Assert.Null(card["body"]![0]!["horizontalAlignment"]);
        Assert.Equal("Right", (string?)card["body"]![1]!["horizontalAlignment"]);
    }

    [Fact]
    public void Finish_English_SetsRtlFalseAndLeavesAlignment()
    {
        var card = Sample();

        new CardFiller(card).Finish(Language.English, "Fallback");

        Assert.False((bool?)card["rtl"]);
        Assert.Equal("en", (string?)card["lang"]);
        Assert.Null(card["body"]![0]!["horizontalAlignment"]);
    }

    [Fact]
    public void Finish_NoFallbackText_Throws()
    {
        var filler = new CardFiller(Sample());

        Assert.Throws<ArgumentException>(() => filler.Finish(Language.English, " "));
    }

    private static JsonObject Sample() => new()
    {
        ["type"] = "AdaptiveCard",
        ["version"] = "1.5",
        ["body"] = new JsonArray(
            new JsonObject { ["type"] = "TextBlock", ["id"] = "title", ["text"] = "" },
            new JsonObject { ["type"] = "TextBlock", ["id"] = "row", ["text"] = "" },
            new JsonObject
            {
                ["type"] = "ActionSet",
                ["id"] = "buttons",
                ["actions"] = new JsonArray(new JsonObject
                {
                    ["type"] = "Action.Submit",
                    ["id"] = "go",
                    ["data"] = new JsonObject { ["id"] = "hidden" },
                }),
            }),
    };
}
