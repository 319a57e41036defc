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

    /// <summary>True when the activity <paramref name="activityId"/> was already processed; false for a missing id.</summary>
    public static bool WasProcessed(StateSet state, string? activityId)
    {
        ArgumentNullException.ThrowIfNull(state);
        return !string.IsNullOrEmpty(activityId)
            && state.Get(DocumentName)?["ids"] is JsonArray ids
            && ids.Any(entry => entry?["id"] is JsonValue id && id.ToString() == activityId);
    }

    /// <summary>Records <paramref name="activityId"/> as processed, dropping the oldest ids beyond <see cref="Capacity"/>.</summary>
    public static void MarkProcessed(StateSet state, string? activityId, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (string.IsNullOrEmpty(activityId) || WasProcessed(state, activityId))
        {
            return;
        }

        var ids = state.Get(DocumentName)?["ids"] is JsonArray existing
            ? existing.Where(e => e is JsonObject).Select(e => e!.DeepClone()).ToList()
            : [];
        ids.Add(new JsonObject { ["id"] = activityId, ["at"] = now.ToUniversalTime().ToString("O") });
        var kept = new JsonArray([.. ids.Skip(Math.Max(0, ids.Count - Capacity))]);
        state.Set(DocumentName, new JsonObject { ["ids"] = kept });
    }
}
