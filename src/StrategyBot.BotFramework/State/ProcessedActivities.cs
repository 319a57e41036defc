using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace StrategyBot.BotFramework.State;

/// <summary>
/// Durable dedupe of inbound activities: the ids of the last <see cref="Capacity"/> processed activities live as a
/// small document in the scope's <see cref="StateSet"/> and are saved with the turn. Teams redelivers slow turns
/// with the same id (bot-protocol.md §7); with the ETag on save, a redelivery that reaches a second instance at
/// the same time loses the save with a conflict, and one that arrives later finds its id here.
/// </summary>
public static class ProcessedActivities
{
    /// <summary>The name of the document in the state set.</summary>
    public const string DocumentName = "processed";

    /// <summary>How many recent ids are kept.</summary>
    public const int Capacity = 50;

    private const string IdsProperty = "ids";

    // One buffer per thread: the scan never awaits, so nothing else runs on the thread while it is in use.
    [ThreadStatic]
    private static ArrayBufferWriter<byte>? t_buffer;

    /// <summary>True when the activity <paramref name="activityId"/> was already processed; false for a missing id.</summary>
    public static bool WasProcessed(StateSet state, string? activityId)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (string.IsNullOrEmpty(activityId) || state.Get(DocumentName)?[IdsProperty] is not JsonArray ids)
        {
            return false;
        }

        // Every turn asks this (twice). Reading the stored array through a writer scans its JSON as loaded, where
        // indexing it would build a node, a dictionary and a value for each of the 50 entries first.
        var buffer = t_buffer ??= new ArrayBufferWriter<byte>(4096);
        buffer.ResetWrittenCount();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { SkipValidation = true }))
        {
            ids.WriteTo(writer);
        }

        return Contains(buffer.WrittenSpan, activityId);
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
        var entry = new JsonObject { ["id"] = activityId };

        // The document was loaded for this turn alone, so it is edited in place (drop the oldest, append) rather
        // than copied entry by entry every turn. Set marks it dirty; a conflict reloads the whole set anyway.
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

    // Looks for an entry object whose "id" is the activity id. A string compares by its unescaped text; a number
    // or true/false by its JSON text, as the node's ToString() did; entries that are not objects never match.
    private static bool Contains(ReadOnlySpan<byte> json, string activityId)
    {
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { MaxDepth = 1000 });
        while (reader.Read())
        {
            if (reader.TokenType != JsonTokenType.PropertyName || reader.CurrentDepth != 2 || !reader.ValueTextEquals("id"u8))
            {
                continue;
            }

            reader.Read();
            var matches = reader.TokenType switch
            {
                JsonTokenType.String => reader.ValueTextEquals(activityId),
                JsonTokenType.Number or JsonTokenType.True or JsonTokenType.False => Encoding.UTF8.GetString(reader.ValueSpan) == activityId,
                _ => false,
            };
            if (matches)
            {
                return true;
            }

            if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
            {
                reader.Skip();
            }
        }

        return false;
    }
}
