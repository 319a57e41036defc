using System.Text.Json;
using System.Text.Json.Nodes;
using StrategyBot.App.Cards;
using StrategyBot.Testing;

namespace StrategyBot.App.Tests.Cards;

/// <summary>Checks every card must pass: schema, fallback text, phone layout rules, and RTL for Persian.</summary>
internal static class CardAssert
{
    public static void ValidForTeams(JsonObject card)
    {
        var result = SchemaValidator.ValidateAdaptiveCard(card);
        Assert.True(result.IsValid, result.ToString());
        Assert.Equal(CardTemplates.CardVersion, (string?)card["version"]);
        Assert.False(string.IsNullOrWhiteSpace((string?)card["fallbackText"]), "fallbackText is missing");
        Assert.Empty(PhoneLayoutProblems(card));
        Assert.True(CardSize.Fits(card, CardSize.MessageLimit));
    }

    public static void RightToLeft(JsonObject card)
    {
        Assert.True((bool?)card["rtl"]);
        Assert.Equal("fa", (string?)card["lang"]);
        // In an rtl card "right" means the end of the line, the left edge: Persian text must not ask for it.
        var alignments = Elements(card).Where(e => Type(e) is "TextBlock" or "RichTextBlock")
            .Select(e => (string?)e["horizontalAlignment"]).ToList();
        Assert.NotEmpty(alignments);
        Assert.All(alignments, alignment => Assert.True(alignment is null or "left" or "center", $"alignment {alignment}"));
    }

    public static void LeftToRight(JsonObject card)
    {
        Assert.False((bool?)card["rtl"]);
        Assert.Equal("en", (string?)card["lang"]);
    }

    /// <summary>The issue's phone rules: no inputs inside Action.ShowCard, no Input.Number inside a ColumnSet.</summary>
    public static IEnumerable<string> PhoneLayoutProblems(JsonNode card)
    {
        foreach (var element in Elements(card))
        {
            if (Type(element) == "Action.ShowCard" && Elements(element["card"]).Any(e => Type(e)?.StartsWith("Input.", StringComparison.Ordinal) == true))
            {
                yield return $"Action.ShowCard '{element["id"]}' holds an input";
            }

            if (Type(element) == "ColumnSet" && Elements(element).Any(e => Type(e) == "Input.Number"))
            {
                yield return $"ColumnSet '{element["id"]}' holds an Input.Number";
            }
        }
    }

    /// <summary>Every object in the card except actions' data payloads.</summary>
    public static IEnumerable<JsonObject> Elements(JsonNode? node)
    {
        if (node is JsonObject element)
        {
            yield return element;
            foreach (var (key, value) in element)
            {
                if (key != "data")
                {
                    foreach (var child in Elements(value))
                    {
                        yield return child;
                    }
                }
            }
        }
        else if (node is JsonArray array)
        {
            foreach (var child in array.SelectMany(Elements))
            {
                yield return child;
            }
        }
    }

    public static IEnumerable<JsonObject> OfType(JsonNode card, string type) => Elements(card).Where(e => Type(e) == type);

    /// <summary>All the strings a user can read: texts, titles, fact values, choices and the fallback.</summary>
    public static string VisibleText(JsonObject card) => string.Join("\n", Elements(card)
        .SelectMany(e => new[] { e["text"], e["title"], e["fallbackText"], Type(e) is null ? e["value"] : null })
        .OfType<JsonValue>()
        .Where(v => v.GetValueKind() == JsonValueKind.String)
        .Select(v => v.GetValue<string>()));

    public static string? Type(JsonObject element) =>
        element["type"] is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : null;
}
