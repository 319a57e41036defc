using System.Globalization;
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

    /// <summary>True when the activity <paramref name="activityId"/> was already processed; false for a missing id.</summary>
    public static bool WasProcessed(StateSet state, string? activityId)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (string.IsNullOrEmpty(activityId) || state.Get(DocumentName)?[IdsProperty] is not JsonArray ids)
        {
            return false;
        }

        // Every turn asks this, so it compares without copying each stored id into a new string.
        for (var i = 0; i < ids.Count; i++)
        {
            if (ids[i] is JsonObject entry && entry["id"] is JsonValue id && IdEquals(id, activityId))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Records <paramref name="activityId"/> as processed, dropping the oldest ids beyond <see cref="Capacity"/>.</summary>
    public static void MarkProcessed(StateSet state, string? activityId, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (string.IsNullOrEmpty(activityId) || WasProcessed(state, activityId))
        {
            return;
        }

        var entry = new JsonObject { ["id"] = activityId, ["at"] = now.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture) };

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

    private static bool IdEquals(JsonValue id, string activityId)
    {
        if (id.TryGetValue<JsonElement>(out var element))
        {
            return element.ValueKind == JsonValueKind.String
                ? element.ValueEquals(activityId)
                : id.ToString() == activityId;
        }

        return id.TryGetValue<string>(out var text) ? text == activityId : id.ToString() == activityId;
    }
}
