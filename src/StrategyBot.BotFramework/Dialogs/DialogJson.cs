using System.Collections;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using StrategyBot.BotFramework.Dialogs.Prompts;

namespace StrategyBot.BotFramework.Dialogs;

/// <summary>How the engine turns options into the JSON it persists on the stack.</summary>
internal static class DialogJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { OmitEmptyPromptLists } },
    };

    // A waiting prompt's options are written with the stack on almost every turn; empty lists (no choices, no
    // synonyms) read back as the empty lists these types start with, so they need not be stored.
    private static void OmitEmptyPromptLists(JsonTypeInfo typeInfo)
    {
        if (typeInfo.Type != typeof(PromptOptions) && typeInfo.Type != typeof(Choice))
        {
            return;
        }

        foreach (var property in typeInfo.Properties)
        {
            if (property.PropertyType != typeof(string) && property.PropertyType.IsAssignableTo(typeof(IEnumerable)))
            {
                property.ShouldSerialize = static (_, value) => value is not ICollection { Count: 0 };
            }
        }
    }

    public static JsonObject ToObject(object value, string what) => value switch
    {
        JsonObject json => (JsonObject)json.DeepClone(),
        _ => JsonSerializer.SerializeToNode(value, value.GetType(), Options) as JsonObject
            ?? throw new ArgumentException($"{what} must serialise to a JSON object.", nameof(value)),
    };
}
