using System.Globalization;
using System.Text.Json.Nodes;
using StrategyBot.BotFramework.State;

namespace StrategyBot.App.Privacy;

/// <summary>Everything stored for one user: the documents of their state scope and their rows in other tables.</summary>
internal sealed record UserData(
    StateScope Scope,
    IReadOnlyList<KeyValuePair<string, JsonObject>> Documents,
    IReadOnlyList<UserDataTable> Tables,
    DateTimeOffset CollectedAt)
{
    public const string Format = "strategybot.export.v1";

    public bool IsEmpty => Documents.Count == 0 && Tables.All(t => t.Rows.Count == 0);

    /// <summary>The export file: who it is about, every state document as stored, every table row with all properties.</summary>
    public JsonObject ToJson()
    {
        var state = new JsonObject();
        foreach (var (name, content) in Documents)
        {
            state[name] = content.DeepClone();
        }

        var tables = new JsonObject();
        foreach (var table in Tables)
        {
            tables[table.Name] = new JsonArray([.. table.Rows.Select(row => (JsonNode)row.DeepClone())]);
        }

        return new JsonObject
        {
            ["format"] = Format,
            ["exportedAt"] = CollectedAt.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture),
            ["tenantId"] = Scope.TenantId,
            ["userId"] = Scope.Kind == StateScopeKind.User ? Scope.Id : null,
            ["conversationId"] = Scope.Kind == StateScopeKind.Conversation ? Scope.Id : null,
            ["state"] = state,
            ["tables"] = tables,
        };
    }
}
