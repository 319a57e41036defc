using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace StrategyBot.BotFramework.Dialogs;

/// <summary>How the engine turns options into the JSON it persists on the stack.</summary>
internal static class DialogJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static JsonObject ToObject(object value, string what) => value switch
    {
        JsonObject json => (JsonObject)json.DeepClone(),
        _ => JsonSerializer.SerializeToNode(value, value.GetType(), Options) as JsonObject
            ?? throw new ArgumentException($"{what} must serialise to a JSON object.", nameof(value)),
    };
}
