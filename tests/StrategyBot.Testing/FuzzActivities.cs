using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace StrategyBot.Testing;

/// <summary>
/// A seeded generator of request bodies for the messaging endpoint: realistic Teams traffic from a pool of users
/// (so conversations get deep), the same mutated at the JSON level, corrupted at the byte level, wrong JSON kinds at
/// the root, and oversized or deeply nested bodies. The same seed always gives the same cases.
/// </summary>
public sealed partial class FuzzActivities
{
    // Deep nesting is the point of some cases, so the writer may go far past the endpoint's limit of 64.
    private static readonly JsonSerializerOptions Relaxed = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, MaxDepth = 10_000 };

    private static readonly string[] WrongRoots =
    [
        "[]", "[{\"type\":\"message\"}]", "\"message\"", "42", "-0", "null", "true", "{}", "{\"type\":5}", "{\"type\":null}",
        "{\"type\":\"\"}", "{\"type\":\"   \"}", "{\"type\":[\"message\"]}", "{\"type\":{\"name\":\"message\"}}", "", " ",
        "{", "}", "{\"type\":\"message\"", "{\"type\":\"message\"}}", "{\"type\":\"message\"} trailing", "\uFEFF{\"type\":\"message\"}",
    ];

    private readonly Random _random;
    private readonly string _serviceUrl;
    private readonly List<string> _usedIds = [];
    private int _number;

    /// <param name="seed">The RNG seed; print it with failures.</param>
    /// <param name="serviceUrl">The service URL realistic cases carry (the host's own loopback connector in anonymous mode).</param>
    /// <param name="users">How many distinct users the traffic comes from.</param>
    public FuzzActivities(int seed, string serviceUrl, int users = 12)
    {
        _random = new Random(seed);
        _serviceUrl = serviceUrl;
        Users = users;
    }

    public int Users { get; }

    public FuzzCase Next()
    {
        _number++;
        var roll = _random.Next(100);
        return roll switch
        {
            < 35 => new FuzzCase(_number, "valid", Encoding.UTF8.GetBytes(Valid())),
            < 72 => new FuzzCase(_number, "mutated", Encoding.UTF8.GetBytes(Mutated())),
            < 86 => new FuzzCase(_number, "bytes", Corrupted()),
            < 94 => new FuzzCase(_number, "wrong-root", Encoding.UTF8.GetBytes(WrongRoot())),
            _ => new FuzzCase(_number, "huge", Encoding.UTF8.GetBytes(Huge())),
        };
    }

    private string Valid()
    {
        var sample = FuzzSamples.All[_random.Next(FuzzSamples.All.Count)];
        var user = _random.Next(Users).ToString(CultureInfo.InvariantCulture);

        // Now and then a redelivery: an id seen before, as Teams resends after 15 s.
        var id = _usedIds.Count > 0 && _random.Next(12) == 0 ? _usedIds[_random.Next(_usedIds.Count)] : $"fuzz-{_number}";
        _usedIds.Add(id);
        var text = FuzzTexts.All[_random.Next(FuzzTexts.All.Count)];
        return sample
            .Replace("{serviceUrl}", _serviceUrl, StringComparison.Ordinal)
            .Replace("{tenant}", _random.Next(4) == 0 ? "tenant-two" : "tenant-one", StringComparison.Ordinal)
            .Replace("{user}", "29:fuzz-user-" + user, StringComparison.Ordinal)
            .Replace("{aad}", "00000000-0000-4000-8000-0000000000" + user.PadLeft(2, '0'), StringComparison.Ordinal)
            .Replace("{conversation}", "a:fuzz-chat-" + user, StringComparison.Ordinal)
            .Replace("{id}", id, StringComparison.Ordinal)
            .Replace("{text}", JsonEncodedText.Encode(text, JavaScriptEncoder.UnsafeRelaxedJsonEscaping).ToString(), StringComparison.Ordinal);
    }

    private string Mutated()
    {
        var json = JsonNode.Parse(Valid())!.AsObject();
        for (var count = _random.Next(1, 5); count > 0; count--)
        {
            FuzzMutator.Mutate(json, _random);
        }

        var text = json.ToJsonString(Relaxed);
        return RawMarker().Replace(text, match => FuzzMutator.RawTokens[int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture)]);
    }

    private byte[] Corrupted()
    {
        var bytes = new List<byte>(Encoding.UTF8.GetBytes(Valid()));
        switch (_random.Next(7))
        {
            case 0:
                return [.. bytes.Take(_random.Next(bytes.Count))];
            case 1:
                for (var flips = _random.Next(1, 8); flips > 0; flips--)
                {
                    bytes[_random.Next(bytes.Count)] = (byte)_random.Next(256);
                }

                return [.. bytes];
            case 2:
                // Raw invalid UTF-8 inside a string: an encoded lone surrogate, an overlong '/', a stray 0xFF.
                byte[][] invalid = [[0xED, 0xA0, 0x80], [0xC0, 0xAF], [0xFF], [0xF8, 0x88, 0x80, 0x80, 0x80], [0xE2, 0x82]];
                var quote = bytes.IndexOf((byte)'"', _random.Next(bytes.Count / 2));
                bytes.InsertRange(quote < 0 ? 0 : quote + 1, invalid[_random.Next(invalid.Length)]);
                return [.. bytes];
            case 3:
                return [0xEF, 0xBB, 0xBF, .. bytes];
            case 4:
                return [.. bytes, .. Encoding.UTF8.GetBytes(" {\"type\":\"message\"}")];
            case 5:
                var random = new byte[_random.Next(1, 2048)];
                _random.NextBytes(random);
                return random;
            default:
                return Encoding.UTF8.GetBytes(Encoding.UTF8.GetString([.. bytes]).Replace("{\"type\"", "{\"type\":\"invoke\",\"type\"", StringComparison.Ordinal));
        }
    }

    private string WrongRoot() => _random.Next(3) == 0
        ? FuzzMutator.RandomValue(_random, 0)?.ToJsonString(Relaxed) ?? "null"
        : WrongRoots[_random.Next(WrongRoots.Length)];

    private string Huge()
    {
        var json = JsonNode.Parse(Valid())!.AsObject();
        switch (_random.Next(5))
        {
            case 0:
                json["text"] = new string('a', _random.Next(2_000, 120_000));
                break;
            case 1:
                json["text"] = new string('x', 300_000);
                break;
            case 2:
                json["value"] = FuzzMutator.Nested(_random, _random.Next(60, 70));
                break;
            case 3:
                return new string('[', 100_000) + new string(']', 100_000);
            default:
                json["entities"] = new JsonArray([.. Enumerable.Range(0, 3_000).Select(i => (JsonNode)new JsonObject { ["type"] = "mention", ["text"] = "<at>x</at>", ["mentioned"] = new JsonObject { ["id"] = "28:" + i } })]);
                break;
        }

        return json.ToJsonString(Relaxed);
    }

    [GeneratedRegex("\"@@RAW(\\d+)@@\"")]
    private static partial Regex RawMarker();
}
