using System.Text.Json;
using System.Text.Json.Nodes;

namespace StrategyBot.App.Tests.Trust;

/// <summary>Every string value in a card (texts, titles, urls, data), unescaped, for "does the card say X" checks.</summary>
internal static class CardStrings
{
    public static IReadOnlyList<string> Of(JsonNode? node)
    {
        var strings = new List<string>();
        Collect(node, strings);
        return strings;
    }

    public static string Joined(JsonNode? node) => string.Join("\n", Of(node));

    private static void Collect(JsonNode? node, List<string> strings)
    {
        switch (node)
        {
            case JsonObject json:
                foreach (var (_, child) in json)
                {
                    Collect(child, strings);
                }

                break;
            case JsonArray array:
                foreach (var child in array)
                {
                    Collect(child, strings);
                }

                break;
            case JsonValue value when value.GetValueKind() == JsonValueKind.String:
                strings.Add(value.GetValue<string>());
                break;
        }
    }
}
