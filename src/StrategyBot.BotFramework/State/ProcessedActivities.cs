using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace StrategyBot.BotFramework.State;

/// <summary>
/// Durable dedupe of inbound activities: the ids of the last <see cref="Capacity"/> processed activities live as a
/// small document in the scope's <see cref="StateSet"/> and are saved with the turn. Teams redelivers slow turns
/// with the same id (docs/bot-protocol.md#acknowledgement-and-redelivery); with the ETag on save, a redelivery that reaches a second instance at
/// the same time loses the save with a conflict, and one that arrives later finds its id here.
/// </summary>
public static class ProcessedActivities
{
    /// <summary>The name of the document in the state set.</summary>
    public const string DocumentName = "processed";

    /// <summary>How many recent ids are kept.</summary>
    public const int Capacity = 50;

    private const string IdsProperty = "ids";

    // As deep as a node may be written, so whatever a node held can be scanned.
    private static readonly JsonReaderOptions s_readerOptions = new() { MaxDepth = 1000 };

    /// <summary>True when the activity <paramref name="activityId"/> was already processed; false for a missing id.</summary>
    public static bool WasProcessed(StateSet state, string? activityId)
    {
        ArgumentNullException.ThrowIfNull(state);

        // Every turn asks this (twice). Scanning the document's UTF-8 reads it as loaded, where indexing a node would
        // build a node, a dictionary and a value for each of the 50 entries first.
        if (string.IsNullOrEmpty(activityId) || !state.TryGetUtf8(DocumentName, out var utf8))
        {
            return false;
        }

        try
        {
            return Contains(utf8.Span, activityId);
        }
        catch (JsonException)
        {
            // A document nobody can read (a hand edit, a torn write) must not fail every turn of the user: it holds
            // nothing that counts, and the next MarkProcessed writes a fresh one.
            return false;
        }
    }

    private static bool Contains(ReadOnlySpan<byte> utf8, string activityId)
    {
        var reader = new Utf8JsonReader(utf8, s_readerOptions);
        if (!MoveToIds(ref reader))
        {
            return false;
        }

        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                reader.Skip();
                continue;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var isId = reader.ValueTextEquals("id"u8);
                reader.Read();
                if (isId && IdEquals(ref reader, activityId))
                {
                    return true;
                }

                reader.Skip();
            }
        }

        return false;
    }

    /// <summary>Records <paramref name="activityId"/> as processed, dropping the oldest ids beyond <see cref="Capacity"/>.</summary>
    public static void MarkProcessed(StateSet state, string? activityId)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (string.IsNullOrEmpty(activityId) || WasProcessed(state, activityId))
        {
            return;
        }

        // The id alone: this document is written on every turn, and a timestamp per entry made up more than half of it
        // (bench: ~4 KB of the ~8 KB a turn loaded and saved) for nothing that reads it. Entries stored with one keep it.
        if (state.Find(DocumentName) is { IsParsed: true })
        {
            MarkInNode(state, activityId);
            return;
        }

        // Still the UTF-8 the store loaded: copy the newest entries over as they are and append the new one, which
        // writes the same document the node edit would without ever building the node.
        var entries = new List<(int Start, int End)>(Capacity + 1);
        if (state.TryGetUtf8(DocumentName, out var stored))
        {
            try
            {
                CollectEntries(stored.Span, entries);
            }
            catch (JsonException)
            {
                // Unreadable (see WasProcessed): start the list afresh rather than fail the turn.
                entries.Clear();
            }
        }

        var written = StateJsonWriter.Write((stored, entries, activityId), static (writer, arg) =>
        {
            var (json, kept, id) = arg;
            writer.WriteStartObject();
            writer.WriteStartArray(IdsProperty);
            foreach (var (start, end) in kept.Skip(Math.Max(0, kept.Count - (Capacity - 1))))
            {
                writer.WriteRawValue(json.Span[start..end], skipInputValidation: true);
            }

            writer.WriteStartObject();
            writer.WriteString("id"u8, id);
            writer.WriteEndObject();
            writer.WriteEndArray();
            writer.WriteEndObject();
        });
        state.SetUtf8(DocumentName, written.ToArray());
    }

    private static void MarkInNode(StateSet state, string activityId)
    {
        var entry = new JsonObject { ["id"] = activityId };

        // Someone holds this node, so it is edited in place (drop the oldest, append) rather than replaced, or their
        // later edits would be lost. Set marks it dirty; a conflict reloads the whole set anyway.
        if (state.Get(DocumentName) is { Count: 1 } document && document[IdsProperty] is JsonArray ids)
        {
            for (var i = ids.Count - 1; i >= 0; i--)
            {
                if (ids[i] is not JsonObject)
                {
                    ids.RemoveAt(i);
                }
            }

            ids.Add(entry);
            while (ids.Count > Capacity)
            {
                ids.RemoveAt(0);
            }

            state.Set(DocumentName, document);
            return;
        }

        var kept = state.Get(DocumentName)?[IdsProperty] is JsonArray existing
            ? existing.Where(e => e is JsonObject).Select(e => e!.DeepClone()).ToList()
            : [];
        kept.Add(entry);
        state.Set(DocumentName, new JsonObject { [IdsProperty] = new JsonArray([.. kept.Skip(Math.Max(0, kept.Count - Capacity))]) });
    }

    private static void CollectEntries(ReadOnlySpan<byte> json, List<(int Start, int End)> entries)
    {
        var reader = new Utf8JsonReader(json, s_readerOptions);
        if (!MoveToIds(ref reader))
        {
            return;
        }

        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            var start = (int)reader.TokenStartIndex;
            var isEntry = reader.TokenType == JsonTokenType.StartObject;
            reader.Skip();
            if (isEntry)
            {
                entries.Add((start, (int)reader.BytesConsumed));
            }
        }
    }

    // Moves the reader to the start of the root object's "ids" array; false when the document has none.
    private static bool MoveToIds(ref Utf8JsonReader reader)
    {
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            return false;
        }

        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var isIds = reader.ValueTextEquals("ids"u8);
            reader.Read();
            if (isIds && reader.TokenType == JsonTokenType.StartArray)
            {
                return true;
            }

            reader.Skip();
        }

        return false;
    }

    // An entry's "id": a string compares by its unescaped text; a number or true/false by its JSON text, as the node's
    // ToString() did; anything else never matches.
    private static bool IdEquals(ref Utf8JsonReader reader, string activityId) => reader.TokenType switch
    {
        JsonTokenType.String => reader.ValueTextEquals(activityId),
        JsonTokenType.Number or JsonTokenType.True or JsonTokenType.False => Encoding.UTF8.GetString(reader.ValueSpan) == activityId,
        _ => false,
    };
}
