using System.Text.Json;
using System.Text.Json.Nodes;

namespace StrategyBot.App.Cards;

/// <summary>
/// Walks a card's JSON tree: elements, columns, actions, fallbacks and nested cards alike. An action's <c>data</c> is
/// the payload the bot gets back, not part of the card's layout, so its keys are never taken for element ids.
/// </summary>
internal static class CardTree
{
    public static JsonObject? Find(JsonNode root, string id)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        return Objects(root).FirstOrDefault(element => IdOf(element) == id);
    }

    public static IEnumerable<string> Ids(JsonNode root) =>
        Objects(root).Select(IdOf).OfType<string>();

    public static void SuffixIds(JsonNode root, IReadOnlySet<string> keep, string suffix)
    {
        foreach (var element in Objects(root).ToList())
        {
            if (IdOf(element) is { } id && !keep.Contains(id))
            {
                element["id"] = id + suffix;
            }
        }
    }

    public static void Detach(JsonNode node)
    {
        switch (node.Parent)
        {
            case JsonArray array:
                array.Remove(node);
                break;
            case JsonObject owner:
                var name = owner.First(property => ReferenceEquals(property.Value, node)).Key;
                owner.Remove(name);
                break;
            default:
                throw new InvalidOperationException("The card root cannot be removed.");
        }
    }

    public static IEnumerable<JsonObject> Objects(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject element:
                yield return element;
                foreach (var property in element.ToList())
                {
                    if (property.Key == "data")
                    {
                        continue;
                    }

                    foreach (var child in Objects(property.Value))
                    {
                        yield return child;
                    }
                }

                break;
            case JsonArray array:
                foreach (var item in array.ToList())
                {
                    foreach (var child in Objects(item))
                    {
                        yield return child;
                    }
                }

                break;
        }
    }

    private static string? IdOf(JsonObject element) => StringOf(element, "id");

    private static string? TypeOf(JsonObject element) => StringOf(element, "type");

    private static string? StringOf(JsonObject element, string property) =>
        element[property] is JsonValue value && value.GetValueKind() == JsonValueKind.String
            ? value.GetValue<string>()
            : null;
}
