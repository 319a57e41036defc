using System.Text.Json.Nodes;

namespace StrategyBot.BotFramework.Dialogs;

/// <summary>
/// Maps the typed stack to and from the JSON document stored in the <see cref="State.StateSet"/>. The mapping is
/// written by hand so that what is stored is exactly what is read back, whatever the serializer defaults are.
/// </summary>
internal static class DialogStackDocument
{
    private const int SchemaVersion = 1;

    /// <summary>
    /// The document for <paramref name="stack"/>. The instances' values and state move into it rather than being
    /// copied, so the stack must not be used after this call (the runner writes it once, at the end of a turn).
    /// </summary>
    public static JsonObject Write(IEnumerable<DialogInstance> stack) => new()
    {
        ["schema"] = SchemaVersion,
        ["stack"] = WriteStack(stack),
    };

    /// <summary>
    /// Reads a stack, taking the values and state of each instance out of <paramref name="document"/> (the caller parsed
    /// it for this turn and has no other use for it), so that <see cref="Write"/> can move them back without copying.
    /// Throws <see cref="FormatException"/> when the document is not one this code wrote.
    /// </summary>
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
                ["values"] = Take(instance.Values),
                ["state"] = Take(instance.State),
            };
            if (instance.Children.Count > 0)
            {
                json["stack"] = WriteStack(instance.Children);
            }

            array.Add(json);
        }

        return array;
    }

    // A node can have one parent: a root node moves into the document; one that already sits in a tree is copied.
    private static JsonObject Take(JsonObject node) => node.Parent is null ? node : (JsonObject)node.DeepClone();

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
                Values = Detach(json, "values"),
                State = Detach(json, "state"),
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

    private static JsonObject Detach(JsonObject owner, string name)
    {
        if (owner[name] is not JsonObject node)
        {
            return [];
        }

        owner.Remove(name);
        return node;
    }
}
