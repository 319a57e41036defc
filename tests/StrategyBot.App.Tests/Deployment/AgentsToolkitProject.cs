using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Json.Schema;
using StrategyBot.Testing;

namespace StrategyBot.App.Tests.Deployment;

/// <summary>The repository's Agents Toolkit files: m365agents.yml, its environment file and the vendored schema.</summary>
internal static partial class AgentsToolkitProject
{
    private static readonly Lazy<JsonSchema> _schema = new(() => JsonSchema.FromFile(
        Path.Combine(RepoPaths.Root, "tests", "StrategyBot.App.Tests", "Deployment", "Schemas", "m365agents-v1.11.yaml.schema.json")));

    public static string YamlPath => Path.Combine(RepoPaths.Root, "m365agents.yml");

    public static string EnvironmentFile(string environment) => Path.Combine(RepoPaths.Root, "infra", "env", $".env.{environment}");

    public static JsonNode ReadYaml() => YamlJson.Parse(File.ReadAllText(YamlPath))
        ?? throw new InvalidDataException("m365agents.yml is empty.");

    /// <summary>The schema errors of a parsed m365agents.yml; empty when it is valid.</summary>
    public static IReadOnlyList<string> Validate(JsonNode document)
    {
        var results = _schema.Value.Evaluate(
            JsonSerializer.SerializeToElement(document),
            new EvaluationOptions { OutputFormat = OutputFormat.List });
        return results.IsValid
            ? []
            : [.. (results.Details ?? []).Prepend(results)
                .Where(detail => detail.Errors is { Count: > 0 })
                .SelectMany(detail => detail.Errors!.Select(error => $"{detail.InstanceLocation}: {error.Value}"))
                .Distinct()
                .Take(10)
                .DefaultIfEmpty("$: does not match the schema")];
    }

    /// <summary>KEY=value lines of an environment file; comments and blank lines skipped.</summary>
    public static Dictionary<string, string> ReadEnvironment(string environment) =>
        File.ReadAllLines(EnvironmentFile(environment))
            .Select(line => line.Trim())
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => line.Split('=', 2))
            .ToDictionary(parts => parts[0], parts => parts.Length > 1 ? parts[1] : "", StringComparer.Ordinal);

    /// <summary>The names in the file's ${{NAME}} placeholders.</summary>
    public static IReadOnlySet<string> Placeholders(string text) =>
        Placeholder().Matches(text).Select(match => match.Groups[1].Value).ToHashSet(StringComparer.Ordinal);

    /// <summary>Replaces ${{NAME}} as the toolkit does before it runs an action.</summary>
    public static string Expand(string text, IReadOnlyDictionary<string, string> values) =>
        Placeholder().Replace(text, match => values.TryGetValue(match.Groups[1].Value, out var value)
            ? value
            : throw new KeyNotFoundException($"No value for ${{{{{match.Groups[1].Value}}}}}."));

    /// <summary>The steps of a lifecycle stage whose <c>uses</c> is <paramref name="action"/>.</summary>
    public static IReadOnlyList<JsonObject> Steps(JsonNode document, string stage, string action) =>
        [.. document[stage]!.AsArray().Select(step => step!.AsObject()).Where(step => (string?)step["uses"] == action)];

    [GeneratedRegex(@"\$\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}")]
    private static partial Regex Placeholder();
}
