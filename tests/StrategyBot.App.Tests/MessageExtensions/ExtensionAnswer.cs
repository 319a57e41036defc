using System.Text.Json;
using System.Text.Json.Nodes;
using StrategyBot.BotFramework.Protocol;

namespace StrategyBot.App.Tests.MessageExtensions;

/// <summary>
/// A message extension's invoke answer as Teams reads it from the wire ({task} or {composeExtension}), with what a
/// Teams client would do with it: the dialog's card, the text of a message, the result cards, and the values the
/// dialog submits when the user presses Save.
/// </summary>
internal sealed class ExtensionAnswer(JsonObject body)
{
    public JsonObject Body { get; } = body;

    /// <summary>The dialog's Adaptive Card, when the answer opens a dialog; null otherwise.</summary>
    public JsonObject? DialogCard =>
        (string?)Body["task"]?["type"] == "continue" ? Body["task"]?["value"]?["card"]?["content"] as JsonObject : null;

    /// <summary>The dialog's title.</summary>
    public string? DialogTitle => (string?)Body["task"]?["value"]?["title"];

    /// <summary>The text of a message answer, in a dialog or in the extension's pane; null otherwise.</summary>
    public string? Message =>
        (string?)Body["task"]?["type"] == "message" ? (string?)Body["task"]?["value"]
        : (string?)Body["composeExtension"]?["type"] == "message" ? (string?)Body["composeExtension"]?["text"]
        : null;

    /// <summary>The result attachments (card plus preview), empty unless the answer is a result list.</summary>
    public IReadOnlyList<JsonObject> Results =>
        (string?)Body["composeExtension"]?["type"] == "result"
            ? [.. Body["composeExtension"]!["attachments"]!.AsArray().Select(a => a!.AsObject())]
            : [];

    /// <summary>The answer the bot wrote, serialised exactly as the endpoint writes it.</summary>
    public static ExtensionAnswer Of(InvokeResponse? response)
    {
        Assert.NotNull(response);
        var json = JsonSerializer.Serialize(response, ProtocolJsonContext.Default.InvokeResponse);
        return new ExtensionAnswer(JsonNode.Parse(json)!.AsObject());
    }

    /// <summary>
    /// What the dialog submits: the Save action's data with every input's current value, changed by
    /// <paramref name="changes"/> (a null change clears the input; an empty input is left out, as clients do).
    /// </summary>
    public static JsonObject Submission(JsonObject card, IReadOnlyDictionary<string, string?>? changes = null)
    {
        var data = card["actions"]!.AsArray().Select(a => a!["data"]).OfType<JsonObject>().Single().DeepClone().AsObject();
        foreach (var input in Inputs(card))
        {
            var id = (string)input["id"]!;
            var value = changes is not null && changes.TryGetValue(id, out var changed) ? changed : (string?)input["value"];
            if (!string.IsNullOrEmpty(value))
            {
                data[id] = value;
            }
        }

        return data;
    }

    /// <summary>Every input element of a card, in order.</summary>
    public static IEnumerable<JsonObject> Inputs(JsonNode? node) => node switch
    {
        JsonObject obj when ((string?)obj["type"])?.StartsWith("Input.", StringComparison.Ordinal) == true => [obj],
        JsonObject obj => obj.SelectMany(p => Inputs(p.Value)),
        JsonArray array => array.SelectMany(Inputs),
        _ => [],
    };

    /// <summary>The text of the element with <paramref name="id"/>, or null when the card has none.</summary>
    public static string? TextOf(JsonObject card, string id) => (string?)Find(card, id)?["text"];

    /// <summary>Every TextBlock text of a card, one per line.</summary>
    public static string AllText(JsonNode? node) => node switch
    {
        JsonObject obj when (string?)obj["type"] == "TextBlock" => (string?)obj["text"] + "\n",
        JsonObject obj => string.Concat(obj.Select(p => AllText(p.Value))),
        JsonArray array => string.Concat(array.Select(AllText)),
        _ => "",
    };

    private static JsonObject? Find(JsonNode? node, string id) => node switch
    {
        JsonObject obj when (string?)obj["id"] == id => obj,
        JsonObject obj => obj.Select(p => Find(p.Value, id)).FirstOrDefault(found => found is not null),
        JsonArray array => array.Select(item => Find(item, id)).FirstOrDefault(found => found is not null),
        _ => null,
    };
}
