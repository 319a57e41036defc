using System.Text.Json;

namespace StrategyBot.App.Cards;

/// <summary>The structural rules a template must meet before the app will start with it.</summary>
internal static class CardTemplateCheck
{
    public static IEnumerable<string> Problems(string name, JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            yield return $"cards/{name}.json is not a JSON object";
            yield break;
        }

        if (!HasString(root, "type", "AdaptiveCard"))
        {
            yield return $"cards/{name}.json has no \"type\": \"AdaptiveCard\"";
        }

        if (!HasString(root, "version", CardTemplates.CardVersion))
        {
            yield return $"cards/{name}.json must declare \"version\": \"{CardTemplates.CardVersion}\"";
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var id in Ids(root))
        {
            if (!seen.Add(id))
            {
                yield return $"cards/{name}.json uses the id '{id}' twice; filling by id needs unique ids";
            }
        }
    }

    private static bool HasString(JsonElement element, string property, string expected) =>
        element.TryGetProperty(property, out var value)
        && value.ValueKind == JsonValueKind.String
        && value.ValueEquals(expected);

    private static IEnumerable<string> Ids(JsonElement element)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in element.EnumerateObject())
            {
                if (property.NameEquals("id") && property.Value.ValueKind == JsonValueKind.String)
                {
                    yield return property.Value.GetString()!;
                }

                foreach (var id in Ids(property.Value))
                {
                    yield return id;
                }
            }
        }
        else if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
            {
                foreach (var id in Ids(item))
                {
                    yield return id;
                }
            }
        }
    }
}
