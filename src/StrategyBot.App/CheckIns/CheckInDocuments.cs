using System.Text.Json;
using System.Text.Json.Nodes;
using StrategyBot.BotFramework.State;

namespace StrategyBot.App.CheckIns;

/// <summary>Reads and writes the "checkins" document of a user's scope.</summary>
internal static class CheckInDocuments
{
    public const string Name = "checkins";

    public static CheckInState Load(StateSet state)
    {
        ArgumentNullException.ThrowIfNull(state);
        try
        {
            return state.Get(Name)?.Deserialize(CheckInJsonContext.Default.CheckInState) ?? new CheckInState();
        }
        catch (JsonException)
        {
            // An unreadable document (an older shape, a hand edit) restarts the schedule rather than failing every turn.
            return new CheckInState();
        }
    }

    public static void Save(StateSet state, CheckInState checkIns)
    {
        ArgumentNullException.ThrowIfNull(state);
        var json = JsonSerializer.SerializeToNode(checkIns, CheckInJsonContext.Default.CheckInState)!.AsObject();
        if (state.Get(Name) is { } stored && JsonNode.DeepEquals(stored, json))
        {
            return;
        }

        state.Set(Name, json);
    }
}
