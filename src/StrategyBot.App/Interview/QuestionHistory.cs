using System.Text.Json.Nodes;

namespace StrategyBot.App.Interview;

/// <summary>
/// The questions a flow has had answered, newest last, for "back": each entry is the question, its loop item and
/// the memo as it was before the answer, so stepping back restores the working values too.
/// </summary>
internal static class QuestionHistory
{
    private const string HistoryKey = "history";
    private const int MaxHistory = 60;

    public static void Clear(JsonObject values) => values[HistoryKey] = new JsonArray();

    /// <summary>True when there is an answered question to step back to.</summary>
    public static bool Any(JsonObject values) => values[HistoryKey] is JsonArray { Count: > 0 };

    public static void Remember(JsonObject values, string key, int item, JsonNode? memo)
    {
        if (values[HistoryKey] is not JsonArray history)
        {
            values[HistoryKey] = history = [];
        }

        var entry = new JsonObject { [QuestionFlow.QuestionKey] = key, [QuestionFlow.ItemKey] = item };
        if (memo is JsonObject { Count: > 0 })
        {
            entry[QuestionFlow.MemoKey] = memo;
        }

        history.Add(entry);
        while (history.Count > MaxHistory)
        {
            history.RemoveAt(0);
        }
    }

    /// <summary>Makes the last answered question the current one again, with its item and memo; false when there is none.</summary>
    public static bool StepBack(JsonObject values)
    {
        if (values[HistoryKey] is not JsonArray { Count: > 0 } history || history[^1] is not JsonObject previous)
        {
            return false;
        }

        history.RemoveAt(history.Count - 1);
        values[QuestionFlow.QuestionKey] = (string?)previous[QuestionFlow.QuestionKey];
        values[QuestionFlow.ItemKey] = previous[QuestionFlow.ItemKey]?.GetValue<int>() ?? 0;
        values[QuestionFlow.MemoKey] = previous[QuestionFlow.MemoKey]?.DeepClone();
        return true;
    }
}
