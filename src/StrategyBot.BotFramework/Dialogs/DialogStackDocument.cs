using System.Text.Json;
using System.Text.Json.Nodes;

namespace StrategyBot.BotFramework.Dialogs;

/// <summary>
/// Maps the typed stack to and from the JSON document stored in the <see cref="State.StateSet"/>, straight from and to
/// UTF-8: only each instance's values and state become nodes (the dialogs edit those), and they are written back
/// as they are, so a turn builds no node for the document, the stack array or the instances around them. The mapping
/// is written by hand so that what is stored is exactly what is read back, whatever the serializer defaults are.
/// </summary>
internal static class DialogStackDocument
{
    private const int SchemaVersion = 1;

    // As deep as a node may be written, so whatever a stack held can be read back.
    private static readonly JsonReaderOptions s_readerOptions = new() { MaxDepth = 1000 };

    /// <summary>Writes the document for <paramref name="stack"/>; the instances are left as they are.</summary>
    public static void Write(Utf8JsonWriter writer, IEnumerable<DialogInstance> stack)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStartObject();
        writer.WriteNumber("schema"u8, SchemaVersion);
        WriteStack(writer, stack);
        writer.WriteEndObject();
    }

    /// <summary>
    /// Reads a stack from the stored UTF-8. Throws <see cref="FormatException"/> when the document is not one this code
    /// wrote, <see cref="JsonException"/> when it is not JSON and <see cref="InvalidOperationException"/> when a field
    /// has the wrong kind.
    /// </summary>
    public static List<DialogInstance> Read(ReadOnlySpan<byte> utf8)
    {
        var reader = new Utf8JsonReader(utf8, s_readerOptions);
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            throw new FormatException("The dialog document is not a JSON object.");
        }

        List<DialogInstance>? stack = null;
        while (Next(ref reader))
        {
            if (reader.ValueTextEquals("stack"u8))
            {
                reader.Read();
                stack = reader.TokenType == JsonTokenType.StartArray
                    ? ReadStack(ref reader)
                    : throw new FormatException("The dialog document has no stack.");
                continue;
            }

            reader.Read();
            reader.Skip();
        }

        // Read to the end, so that bytes cut short count as unreadable however early the stack ended.
        while (reader.Read())
        {
        }

        return stack ?? throw new FormatException("The dialog document has no stack.");
    }

    private static void WriteStack(Utf8JsonWriter writer, IEnumerable<DialogInstance> stack)
    {
        writer.WriteStartArray("stack"u8);
        foreach (var instance in stack)
        {
            writer.WriteStartObject();
            writer.WriteString("id"u8, instance.Id);
            writer.WriteString("version"u8, instance.Version);
            writer.WriteString("step"u8, instance.Step);
            writer.WritePropertyName("values"u8);
            instance.Values.WriteTo(writer);
            writer.WritePropertyName("state"u8);
            instance.State.WriteTo(writer);
            if (instance.Children.Count > 0)
            {
                WriteStack(writer, instance.Children);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    // The reader is on the array's start; leaves it on the array's end.
    private static List<DialogInstance> ReadStack(ref Utf8JsonReader reader)
    {
        var stack = new List<DialogInstance>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            stack.Add(reader.TokenType == JsonTokenType.StartObject
                ? ReadInstance(ref reader)
                : throw new FormatException("A dialog on the stack has no id."));
        }

        return stack;
    }

    private static DialogInstance ReadInstance(ref Utf8JsonReader reader)
    {
        string? id = null;
        string? version = null;
        string? step = null;
        JsonObject? values = null;
        JsonObject? state = null;
        List<DialogInstance>? children = null;
        while (Next(ref reader))
        {
            if (reader.ValueTextEquals("id"u8))
            {
                id = ReadString(ref reader);
            }
            else if (reader.ValueTextEquals("version"u8))
            {
                version = ReadString(ref reader);
            }
            else if (reader.ValueTextEquals("step"u8))
            {
                step = ReadString(ref reader);
            }
            else if (reader.ValueTextEquals("values"u8))
            {
                values = ReadObject(ref reader);
            }
            else if (reader.ValueTextEquals("state"u8))
            {
                state = ReadObject(ref reader);
            }
            else if (reader.ValueTextEquals("stack"u8))
            {
                reader.Read();
                if (reader.TokenType == JsonTokenType.StartArray)
                {
                    children = ReadStack(ref reader);
                }
                else
                {
                    reader.Skip();
                }
            }
            else
            {
                reader.Read();
                reader.Skip();
            }
        }

        if (id is not { Length: > 0 })
        {
            throw new FormatException("A dialog on the stack has no id.");
        }

        var instance = new DialogInstance(id, version ?? string.Empty)
        {
            Step = step,
            Values = values ?? [],
            State = state ?? [],
        };
        foreach (var child in children ?? [])
        {
            instance.Children.Add(child);
        }

        return instance;
    }

    // Moves to the next property name of the current object; false at its end.
    private static bool Next(ref Utf8JsonReader reader) =>
        reader.Read() && reader.TokenType == JsonTokenType.PropertyName;

    // A string or null, as the node reader's GetValue<string> allowed; any other kind is the wrong kind.
    private static string? ReadString(ref Utf8JsonReader reader)
    {
        reader.Read();
        return reader.TokenType switch
        {
            JsonTokenType.String => reader.GetString(),
            JsonTokenType.Null => null,
            _ => throw new InvalidOperationException($"A dialog's field is {reader.TokenType}, not a string."),
        };
    }

    // An object's own node (parsed on demand, written back as it came when untouched); anything else reads as empty.
    private static JsonObject? ReadObject(ref Utf8JsonReader reader)
    {
        reader.Read();
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            reader.Skip();
            return null;
        }

        return JsonNode.Parse(ref reader) as JsonObject;
    }
}
