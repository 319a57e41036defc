using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace StrategyBot.BotFramework.Protocol;

/// <summary>Reads client-controlled JSON without trusting its kinds: a value of the wrong kind reads as absent.</summary>
internal static class ProtocolNodes
{
    public static string? String(JsonNode? node) =>
        node is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : null;

    /// <summary>A string, or a number as invariant text (clients send parameter values either way).</summary>
    public static string? Scalar(JsonNode? node) => node is JsonValue value
        ? value.GetValueKind() switch
        {
            JsonValueKind.String => value.GetValue<string>(),
            JsonValueKind.Number => value.ToJsonString(),
            JsonValueKind.True => "true",
            JsonValueKind.False => "false",
            _ => null,
        }
        : null;

    public static int? Int(JsonNode? node) =>
        Scalar(node) is { } text && int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) ? number : null;
}
