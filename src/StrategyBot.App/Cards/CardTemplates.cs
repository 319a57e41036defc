using System.Collections.Frozen;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace StrategyBot.App.Cards;

/// <summary>
/// The designer-editable templates in cards/*.json, embedded as "cards.&lt;name&gt;.json". Each is parsed once into
/// an immutable <see cref="JsonElement"/>; every <see cref="Get"/> builds a fresh, mutable tree from it, so callers
/// may fill their copy freely and concurrent turns never share nodes.
/// </summary>
public static class CardTemplates
{
    public const string Welcome = "welcome";
    public const string Question = "question";
    public const string PlanSummary = "plan-summary";

    /// <summary>The weekly check-in card that asks for the week's numbers.</summary>
    public const string CheckInRequest = "checkin-request";

    /// <summary>The check-in result card: KPIs, progress against target, trend chart.</summary>
    public const string CheckInResult = "checkin-result";

    /// <summary>What replaces a check-in card once it is answered: the week and the outcome, nothing to click.</summary>
    public const string CheckInAnswered = "checkin-answered";

    /// <summary>The message extension's dialog: a goal's fields, the SMART hints and the problems next to their fields.</summary>
    public const string GoalDialog = "goal-dialog";

    /// <summary>One objective: the message extension's confirmation and its search results.</summary>
    public const string ObjectiveCard = "objective-card";

    /// <summary>A form card: related questions of a step in one card, submitted with Action.Execute.</summary>
    public const string Form = "form";

    /// <summary>What replaces a form card once every field is saved: the answers, nothing to click.</summary>
    public const string FormSaved = "form-saved";

    /// <summary>The version every template declares: the highest Teams renders for bots (docs/bot-protocol.md#adaptive-cards).</summary>
    public const string CardVersion = "1.5";

    private static readonly Lazy<FrozenDictionary<string, JsonElement>> Cache = new(LoadAll);

    /// <summary>Every template name the app uses; <see cref="VerifyAll"/> checks each one.</summary>
    public static IReadOnlyList<string> Names { get; } = [Welcome, Question, PlanSummary, CheckInRequest, CheckInResult, CheckInAnswered, GoalDialog, ObjectiveCard, Form, FormSaved];

    /// <summary>A new, independent copy of the template.</summary>
    public static JsonObject Get(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        return Cache.Value.TryGetValue(name, out var template)
            ? JsonObject.Create(template) ?? throw new InvalidOperationException($"Card template '{name}' is empty.")
            : throw new ArgumentException($"No card template named '{name}'.", nameof(name));
    }

    /// <summary>
    /// Loads and checks every template; call once at startup so a missing or broken template stops the app there,
    /// not on a user's first message. Throws <see cref="InvalidOperationException"/> listing every problem.
    /// </summary>
    public static void VerifyAll() => _ = Cache.Value;

    private static FrozenDictionary<string, JsonElement> LoadAll()
    {
        var assembly = typeof(CardTemplates).Assembly;
        var templates = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        var problems = new List<string>();
        foreach (var name in Names)
        {
            var resource = ResourceName(name);
            using var stream = assembly.GetManifestResourceStream(resource);
            if (stream is null)
            {
                problems.Add($"'{resource}' is not embedded (is cards/{name}.json missing?)");
                continue;
            }

            try
            {
                using var document = JsonDocument.Parse(stream);
                problems.AddRange(CardTemplateCheck.Problems(name, document.RootElement));
                templates[name] = document.RootElement.Clone();
            }
            catch (JsonException exception)
            {
                problems.Add($"cards/{name}.json is not valid JSON: {exception.Message}");
            }
        }

        return problems.Count == 0
            ? templates.ToFrozenDictionary(StringComparer.Ordinal)
            : throw new InvalidOperationException("Card templates are broken: " + string.Join("; ", problems));
    }

    private static string ResourceName(string name) => "cards." + name + ".json";
}
