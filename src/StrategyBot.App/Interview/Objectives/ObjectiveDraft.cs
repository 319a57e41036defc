using System.Text.Json;
using System.Text.Json.Nodes;
using StrategyBot.App.Conversation;
using StrategyBot.Domain.Planning;
using StrategyBot.Domain.Smart;

namespace StrategyBot.App.Interview.Objectives;

/// <summary>
/// The objective being refined. Until it is measurable and time-bound it lives only in the SMART walk's memo, which
/// is saved with the stack in the same atomic write as the plan; from then on every answer also updates it in the
/// plan, in the turn it is given.
/// </summary>
internal static class ObjectiveDraft
{
    public const string DraftKey = "draft";
    private const string SavedKey = "saved";

    public static Objective Load(JsonObject values)
    {
        ArgumentNullException.ThrowIfNull(values);
        return values[DraftKey] is JsonObject json
            ? json.Deserialize(AppJsonContext.Default.Objective) ?? throw new InvalidOperationException("The objective draft is empty.")
            : throw new InvalidOperationException("The SMART walk has no objective draft.");
    }

    public static void Store(JsonObject values, Objective draft)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(draft);

        // The assessment is recomputed every turn; keeping it out of the stack keeps the stack small.
        values[DraftKey] = JsonSerializer.SerializeToNode(draft with { Smart = null }, AppJsonContext.Default.Objective);
    }

    public static bool IsSaved(JsonObject values) => values[SavedKey] is JsonValue saved && saved.GetValue<bool>();

    /// <summary>The plan with the objective added, or its saved version replaced, and the objective's 1-based number.</summary>
    public static (MarketingPlan Plan, int Number) SaveInto(MarketingPlan plan, JsonObject values, Objective draft, SmartAssessment assessment)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(draft);

        // A criterion kept "anyway" that the objective now passes is dropped; a rewrite starts from a fresh draft.
        draft = draft.Reassessed(assessment);
        var saved = plan.WithObjective(draft);
        values[SavedKey] = true;
        return (saved, saved.Objectives.FindIndex(o => o.Id == draft.Id) + 1);
    }

    /// <summary>The number of the objective being written: the one it rewrites (<paramref name="replaces"/>), or the next one.</summary>
    public static int Number(MarketingPlan plan, string? replaces)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return replaces is not null && plan.Objectives.FindIndex(o => o.Id == replaces) is >= 0 and var index ? index + 1 : plan.Objectives.Count + 1;
    }

    /// <summary>A fresh id no objective of the plan has: "objective-1", "objective-2", ...</summary>
    public static string NewId(MarketingPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        for (var n = plan.Objectives.Count + 1; ; n++)
        {
            var id = FormattableString.Invariant($"objective-{n}");
            if (plan.FindObjective(id) is null)
            {
                return id;
            }
        }
    }
}
