using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using StrategyBot.BotFramework.Protocol;

namespace StrategyBot.BotFramework.Dialogs.Prompts;

/// <summary>
/// The answer text of a message: a card submit's input value when the card carries the prompt's input id
/// (Action.Submit puts input values into <c>value</c> keyed by input id and leaves <c>text</c> empty; inputs may
/// arrive as strings or as JSON numbers/booleans, docs/bot-protocol.md#card-submit-values), otherwise the typed text.
/// </summary>
internal static class PromptInput
{
    public static string From(Activity activity, string? inputId)
    {
        if (inputId is not null
            && activity.Value is JsonObject submitted
            && submitted.TryGetPropertyValue(inputId, out var node)
            && node is JsonValue value)
        {
            return value.GetValueKind() switch
            {
                JsonValueKind.String => value.GetValue<string>(),
                JsonValueKind.Number => NumberText(value),
                JsonValueKind.True => "true",
                JsonValueKind.False => "false",
                _ => string.Empty,
            };
        }

        return activity.Text ?? string.Empty;
    }

    // GetValue<decimal>() fails on a JsonValue built from an int in memory; the JSON text works for both kinds.
    private static string NumberText(JsonValue value)
    {
        var json = value.ToJsonString();
        return decimal.TryParse(json, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
            ? number.ToString(CultureInfo.InvariantCulture)
            : json;
    }
}
