using System.Collections.Frozen;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace StrategyBot.App.Cards;

/// <summary>
/// The check-in templates (cards/checkin-*.json), loaded and checked like <see cref="CardTemplates"/>: parsed once,
/// a fresh mutable copy per <see cref="Get"/>. Kept apart only because <see cref="CardTemplates.Names"/> belongs to
/// the cards owner; once these names are listed there this class can go.
/// </summary>
public static class CheckInCardTemplates
{
    public const string Request = "checkin-request";
    public const string Result = "checkin-result";

    private static readonly Lazy<FrozenDictionary<string, JsonElement>> Cache = new(LoadAll);

    public static IReadOnlyList<string> Names { get; } = [Request, Result];

    public static JsonObject Get(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        return Cache.Value.TryGetValue(name, out var template)
            ? JsonObject.Create(template) ?? throw new InvalidOperationException($"Card template '{name}' is empty.")
            : throw new ArgumentException($"No check-in card template named '{name}'.", nameof(name));
    }

    /// <summary>Loads and checks every check-in template; throws listing every problem.</summary>
    public static void VerifyAll() => _ = Cache.Value;

    private static FrozenDictionary<string, JsonElement> LoadAll()
    {
        var assembly = typeof(CheckInCardTemplates).Assembly;
        var templates = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        var problems = new List<string>();
        foreach (var name in Names)
        {
            using var stream = assembly.GetManifestResourceStream("cards." + name + ".json");
            if (stream is null)
            {
                problems.Add($"cards/{name}.json is not embedded");
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
            : throw new InvalidOperationException("Check-in card templates are broken: " + string.Join("; ", problems));
    }
}
