using System.Text.Json.Nodes;

namespace StrategyBot.App.Privacy;

/// <summary>A user's rows in one table outside the state scope.</summary>
internal sealed record UserDataTable(string Name, PrivacyText Label, IReadOnlyList<JsonObject> Rows);
