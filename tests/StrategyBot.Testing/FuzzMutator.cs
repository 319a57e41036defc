using System.Text.Json.Nodes;

namespace StrategyBot.Testing;

/// <summary>
/// JSON-level mutations of an activity: wrong kinds in known fields, removed and unknown fields, huge strings,
/// deep nesting, and values JSON nodes cannot hold (lone surrogates, out-of-range numbers) as raw-token markers that
/// <see cref="FuzzActivities"/> splices in after serialising.
/// </summary>
internal static class FuzzMutator
{
    /// <summary>Raw JSON tokens a marker string "@@RAW{n}@@" is replaced with.</summary>
    public static readonly string[] RawTokens =
    [
        "1e400", "-1e400", "-0", "123456789012345678901234567890.5", "0.0000000000000000000000000000001",
        "\"\\ud800\"", "\"tail\\udfff\"", "\"\\ud83d\\ude00\\ud83d\"", "\"\\udc00\\ud800\"", "\"\\u0000\\u0001\\u001f\"",
        "\"\\ud800\\u0041\"", "NaN", "undefined", "'single'", "[1,]", "{\"a\":1,}", "\"\\x41\"",
    ];

    private static readonly string[] KnownPaths =
    [
        "type", "id", "text", "textFormat", "from", "from.id", "from.aadObjectId", "recipient", "recipient.id",
        "conversation", "conversation.id", "conversation.tenantId", "conversation.conversationType", "channelData",
        "channelData.tenant", "channelData.tenant.id", "value", "value.action", "value.action.verb", "value.action.data",
        "value.answer", "value.promptId", "entities", "membersAdded", "locale", "localTimezone", "timestamp",
        "localTimestamp", "replyToId", "attachments", "name", "action", "channelId", "serviceUrl",
    ];

    public static void Mutate(JsonObject root, Random random)
    {
        switch (random.Next(6))
        {
            case 0 or 1:
                SetPath(root, KnownPaths[random.Next(KnownPaths.Length)], RandomValue(random, 0));
                break;
            case 2:
                RemovePath(root, KnownPaths[random.Next(KnownPaths.Length)]);
                break;
            case 3:
                var target = PickObject(root, random);
                target[RandomName(random)] = RandomValue(random, 0);
                break;
            case 4:
                var host = PickObject(root, random);
                var keys = host.Select(p => p.Key).ToList();
                if (keys.Count > 0)
                {
                    host[keys[random.Next(keys.Count)]] = RandomValue(random, 0);
                }

                break;
            default:
                SetPath(root, KnownPaths[random.Next(KnownPaths.Length)], Marker(random));
                break;
        }
    }

    public static JsonNode? RandomValue(Random random, int depth) => random.Next(depth > 3 ? 9 : 17) switch
    {
        0 => null,
        1 => random.Next(2) == 0,
        2 => random.Next(int.MinValue, int.MaxValue),
        3 => random.NextDouble() * Math.Pow(10, random.Next(-300, 300)),
        4 => FuzzTexts.All[random.Next(FuzzTexts.All.Count)],
        5 => new string((char)random.Next(0x20, 0x7E), random.Next(1, 64)),
        6 => long.MaxValue,
        7 => "2026-13-45T99:99:99Z",
        8 => Marker(random),
        9 => new JsonArray(),
        10 => new JsonArray([.. Enumerable.Range(0, random.Next(1, 6)).Select(_ => RandomValue(random, depth + 1))]),
        11 => new JsonObject(),
        12 => RandomObject(random, depth),
        13 => Nested(random, random.Next(10, 120)),
        14 => new string('x', random.Next(1_000, 60_000)),
        15 => "\u202E\u2066" + FuzzTexts.All[random.Next(FuzzTexts.All.Count)] + "\uFEFF\u200B",
        _ => decimal.MaxValue,
    };

    public static JsonNode Nested(Random random, int depth)
    {
        JsonNode node = "leaf";
        for (var i = 0; i < depth; i++)
        {
            node = random.Next(2) == 0 ? new JsonObject { ["n"] = node } : new JsonArray(node);
        }

        return node;
    }

    private static JsonObject RandomObject(Random random, int depth)
    {
        var json = new JsonObject();
        for (var i = random.Next(1, 5); i > 0; i--)
        {
            json[RandomName(random)] = RandomValue(random, depth + 1);
        }

        return json;
    }

    private static string RandomName(Random random) => random.Next(8) switch
    {
        0 => "__proto__",
        1 => "$type",
        2 => "Type",
        3 => "constructor",
        4 => "",
        5 => "type ",
        6 => "ключ",
        _ => "field" + random.Next(1000),
    };

    private static JsonValue Marker(Random random) => JsonValue.Create($"@@RAW{random.Next(RawTokens.Length)}@@");

    private static JsonObject PickObject(JsonObject root, Random random)
    {
        var current = root;
        while (random.Next(3) > 0)
        {
            var children = current.Select(p => p.Value).SelectMany(v => v is JsonArray a ? a.OfType<JsonObject>() : v is JsonObject o ? [o] : []).ToList();
            if (children.Count == 0)
            {
                break;
            }

            current = children[random.Next(children.Count)];
        }

        return current;
    }

    private static void SetPath(JsonObject root, string path, JsonNode? value)
    {
        var parts = path.Split('.');
        var current = root;
        foreach (var part in parts[..^1])
        {
            if (current[part] is not JsonObject next)
            {
                next = [];
                current[part] = next;
            }

            current = next;
        }

        current[parts[^1]] = value;
    }

    private static void RemovePath(JsonObject root, string path)
    {
        var parts = path.Split('.');
        var current = root;
        foreach (var part in parts[..^1])
        {
            if (current[part] is not JsonObject next)
            {
                return;
            }

            current = next;
        }

        current.Remove(parts[^1]);
    }
}
