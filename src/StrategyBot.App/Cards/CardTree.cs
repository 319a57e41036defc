using System.Text.Json;
using System.Text.Json.Nodes;

namespace StrategyBot.App.Cards;

/// <summary>
/// Walks a card's JSON tree: elements, columns, actions, fallbacks and nested cards alike. An action's <c>data</c> is
/// the payload the bot gets back, not part of the card's layout, so its keys are never taken for element ids.
/// </summary>
internal static class CardTree
{
    // Cards are filled element by element on every turn that sends one, so the lookups below walk the tree by index
    // and compare ids in place: no iterator, no copied property list, no id string materialised per element.
    public static JsonObject? Find(JsonNode root, string id)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        return FindIn(root, id);
    }

    public static IEnumerable<string> Ids(JsonNode root) =>
        Objects(root).Select(IdOf).OfType<string>();

    public static void SuffixIds(JsonNode root, IReadOnlySet<string> keep, string suffix)
    {
        foreach (var element in Objects(root))
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

    /// <summary>Every element in document order, as a snapshot the caller may change the tree under.</summary>
    public static IReadOnlyList<JsonObject> Objects(JsonNode? node)
    {
        var elements = new List<JsonObject>();
        Collect(node, elements);
        return elements;
    }

    private static void Collect(JsonNode? node, List<JsonObject> elements)
    {
        switch (node)
        {
            case JsonObject element:
                elements.Add(element);
                for (var i = 0; i < element.Count; i++)
                {
                    var property = element.GetAt(i);
                    if (property.Key != "data")
                    {
                        Collect(property.Value, elements);
                    }
                }

                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    Collect(array[i], elements);
                }

                break;
        }
    }

    private static JsonObject? FindIn(JsonNode? node, string id)
    {
        switch (node)
        {
            case JsonObject element:
                if (element.TryGetPropertyValue("id", out var value) && IsString(value, id))
                {
                    return element;
                }

                for (var i = 0; i < element.Count; i++)
                {
                    var property = element.GetAt(i);
                    if (property.Key != "data" && property.Value is JsonObject or JsonArray && FindIn(property.Value, id) is { } found)
                    {
                        return found;
                    }
                }

                return null;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    if (FindIn(array[i], id) is { } found)
                    {
                        return found;
                    }
                }

                return null;
            default:
                return null;
        }
    }

    private static bool IsString(JsonNode? node, string text) =>
        node is JsonValue value && value.GetValueKind() == JsonValueKind.String && (value.TryGetValue<JsonElement>(out var element)
            ? element.ValueEquals(text)
            : value.GetValue<string>() == text);

    private static string? IdOf(JsonObject element) => StringOf(element, "id");

    private static string? StringOf(JsonObject element, string property) =>
        element[property] is JsonValue value && value.GetValueKind() == JsonValueKind.String
            ? value.GetValue<string>()
            : null;
}
