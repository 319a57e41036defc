using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;

namespace StrategyBot.Testing;

/// <summary>
/// Validates Adaptive Cards and the Teams app manifest against the official schemas in <c>docs/schemas</c>,
/// with the adjustments described in that folder's README.
/// </summary>
public static class SchemaValidator
{
    /// <summary>How many errors a result carries: one mistake inside an element's anyOf yields 100+ of them.</summary>
    public const int MaxErrors = 5;

    private const string Draft04 = "http://json-schema.org/draft-04/schema#";
    private const string Draft07 = "http://json-schema.org/draft-07/schema#";

    // Teams renders Adaptive Cards up to 1.5 on every client (docs/bot-protocol.md#adaptive-cards); the schema itself ignores version.
    private static readonly string[] _teamsCardVersions = ["1.0", "1.1", "1.2", "1.3", "1.4", "1.5"];

    // Teams' root-level card extension (full width, mentions); the 1.5 schema is closed and rejects it.
    private static readonly string[] _msteamsKeys = ["width", "entities"];

    private static readonly Lazy<JsonSchema> _adaptiveCard = new(() => Load("adaptive-card-1.5.json", rewrite: null));

    // JsonSchema.Net has no draft-04 dialect; the manifest schema means the same under draft-07 (schemas README).
    private static readonly Lazy<JsonSchema> _teamsManifest = new(() => Load(
        "teams-manifest-1.30.json",
        schema => schema["$schema"] = Draft07));

    /// <summary>Checks a root Adaptive Card as Teams receives it, including a root <c>msteams</c> object.</summary>
    public static SchemaValidatorResult ValidateAdaptiveCard(JsonNode card)
    {
        ArgumentNullException.ThrowIfNull(card);
        if (card is not JsonObject root)
        {
            return Invalid("$: an Adaptive Card must be a JSON object");
        }

        var errors = new List<string>();
        var copy = root.DeepClone().AsObject();
        if (copy["type"]?.GetValueKind() != JsonValueKind.String || (string?)copy["type"] != "AdaptiveCard")
        {
            errors.Add("/type: the root must have type \"AdaptiveCard\"");
        }

        var version = copy["version"]?.GetValueKind() == JsonValueKind.String ? (string?)copy["version"] : null;
        if (version is null || !_teamsCardVersions.Contains(version))
        {
            errors.Add($"/version: a root card needs a version Teams renders (1.0 to 1.5), not {copy["version"]?.ToJsonString() ?? "none"}");
        }

        if (copy.Remove("msteams", out var msteams))
        {
            errors.AddRange(CheckMsTeams(msteams));
        }

        errors.AddRange(Evaluate(_adaptiveCard.Value, copy));
        return Result(errors);
    }

    /// <summary>Checks a Teams app manifest against the v1.30 schema, including its manifestVersion const.</summary>
    public static SchemaValidatorResult ValidateTeamsManifest(JsonNode manifest)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        var errors = new List<string>();
        if (manifest["manifestVersion"]?.GetValueKind() != JsonValueKind.String || (string?)manifest["manifestVersion"] != "1.30")
        {
            errors.Add("/manifestVersion: must be \"1.30\" to match teams-manifest-1.30.json");
        }

        errors.AddRange(Evaluate(_teamsManifest.Value, manifest));
        return Result(errors);
    }

    private static IEnumerable<string> CheckMsTeams(JsonNode? msteams)
    {
        if (msteams is not JsonObject extension)
        {
            yield return "/msteams: must be an object";
            yield break;
        }

        foreach (var (key, value) in extension)
        {
            if (!_msteamsKeys.Contains(key))
            {
                yield return $"/msteams/{key}: not a Teams card extension (allowed: {string.Join(", ", _msteamsKeys)})";
            }
            else if (key == "width" && (value?.GetValueKind() != JsonValueKind.String || (string?)value != "Full"))
            {
                yield return "/msteams/width: the only value Teams knows is \"Full\"";
            }
            else if (key == "entities" && value is not JsonArray)
            {
                yield return "/msteams/entities: must be an array";
            }
        }
    }

    private static List<string> Evaluate(JsonSchema schema, JsonNode document)
    {
        var element = JsonSerializer.SerializeToElement(document);
        var results = schema.Evaluate(element, new EvaluationOptions { OutputFormat = OutputFormat.List });
        if (results.IsValid)
        {
            return [];
        }

        var errors = (results.Details ?? [])
            .Prepend(results)
            .Where(detail => detail.Errors is { Count: > 0 })
            .SelectMany(detail => detail.Errors!.Select(error => $"{detail.InstanceLocation}: {error.Value} ({error.Key} at {detail.EvaluationPath})"))
            .Distinct()
            .ToList();
        return errors.Count > 0 ? errors : ["$: does not match the schema"];
    }

    private static JsonSchema Load(string fileName, Action<JsonObject>? rewrite)
    {
        var path = Path.Combine(RepoPaths.Schemas, fileName);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"Schema {path} is missing: it is part of the repository (docs/schemas).", path);
        }

        var schema = JsonNode.Parse(File.ReadAllText(path))!.AsObject();
        rewrite?.Invoke(schema);

        // A private registry: the card schema's root id would otherwise be registered globally and clash on reload.
        var options = new BuildOptions { SchemaRegistry = new SchemaRegistry() };
        return JsonSchema.Build(JsonSerializer.SerializeToElement(schema), options);
    }

    private static SchemaValidatorResult Result(List<string> errors) =>
        new(errors.Count == 0, errors.Take(MaxErrors).ToList());

    private static SchemaValidatorResult Invalid(string error) => new(false, [error]);
}
