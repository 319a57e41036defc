using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using StrategyBot.Testing;

namespace StrategyBot.App.Tests.Cards;

/// <summary>
/// Compares a card with Cards/Expected/&lt;name&gt;.json as parsed JSON. On a mismatch (or a missing file) the actual
/// card is written beside it as &lt;name&gt;.actual.json, readable Persian included, so an intended change is
/// reviewed with a diff and accepted by renaming the file.
/// </summary>
internal static class GoldenFile
{
    private static readonly JsonSerializerOptions Readable = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static void AssertMatches(string name, JsonNode actual)
    {
        var folder = Path.Combine(RepoPaths.Root, "tests", "StrategyBot.App.Tests", "Cards", "Expected");
        var expectedPath = Path.Combine(folder, name + ".json");
        var actualPath = Path.Combine(folder, name + ".actual.json");
        if (File.Exists(expectedPath) && JsonNode.DeepEquals(JsonNode.Parse(File.ReadAllText(expectedPath)), actual))
        {
            File.Delete(actualPath);
            return;
        }

        File.WriteAllText(actualPath, actual.ToJsonString(Readable) + "\n");
        Assert.Fail(File.Exists(expectedPath)
            ? $"Card differs from {expectedPath}; the actual card is in {actualPath}."
            : $"No golden file {expectedPath}; review {actualPath} and rename it to accept it.");
    }
}
