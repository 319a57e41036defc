using System.Text.Json.Nodes;

namespace StrategyBot.BotFramework.Dialogs;

/// <summary>
/// Maps the typed stack to and from the JSON document stored in the <see cref="State.StateSet"/>. The mapping is
/// written by hand so that what is stored is exactly what is read back, whatever the serializer defaults are.
/// </summary>
internal static class DialogStackDocument
{
    private const int SchemaVersion = 1;

    public static JsonObject Write(IEnumerable<DialogInstance> stack) => new()
    {
        ["schema"] = SchemaVersion,
        ["stack"] = WriteStack(stack),
    };

    /// <summary>Reads a stack; throws <see cref="FormatException"/> when the document is not one this code wrote.</summary>
    public static List<DialogInstance> Read(JsonObject? document)
    {
        if (document is null)
        {
            return [];
        }

        if (document["stack"] is not JsonArray stack)
        {
            throw new FormatException("The dialog document has no stack.");
        }

        return ReadStack(stack);
    }

    private static JsonArray WriteStack(IEnumerable<DialogInstance> stack)
    {
        var array = new JsonArray();
        foreach (var instance in stack)
        {
            var json = new JsonObject
            {
                ["id"] = instance.Id,
                ["version"] = instance.Version,
                ["step"] = instance.Step,
                ["values"] = instance.Values.DeepClone(),
                ["state"] = instance.State.DeepClone(),
            };
            if (instance.Children.Count > 0)
            {
                json["stack"] = WriteStack(instance.Children);
            }

            array.Add(json);
        }

        return array;
    }

    private static List<DialogInstance> ReadStack(JsonArray array)
    {
        var stack = new List<DialogInstance>(array.Count);
        foreach (var node in array)
        {
            if (node is not JsonObject json || json["id"]?.GetValue<string>() is not { Length: > 0 } id)
            {
                throw new FormatException("A dialog on the stack has no id.");
            }

            var instance = new DialogInstance(id, json["version"]?.GetValue<string>() ?? string.Empty)
            {
                Step = json["step"]?.GetValue<string>(),
                Values = json["values"] is JsonObject values ? (JsonObject)values.DeepClone() : [],
                State = json["state"] is JsonObject state ? (JsonObject)state.DeepClone() : [],
            };
            if (json["stack"] is JsonArray children)
            {
                foreach (var child in ReadStack(children))
                {
                    instance.Children.Add(child);
                }
            }

            stack.Add(instance);
        }

        return stack;
    }
}
