using System.Text.Json.Nodes;
using StrategyBot.BotFramework.State;

namespace StrategyBot.App.Privacy;

/// <summary>
/// Rows a feature keeps about a user outside the user's state scope (another table, another partition). Every such
/// store registers one with <c>services.AddSingleton&lt;IUserDataSource, …&gt;()</c>, so "export my data" includes its
/// rows and "delete my data" removes them. The state scope itself is covered by the privacy commands directly.
/// </summary>
internal interface IUserDataSource
{
    /// <summary>A stable name for the export file, for example the table name.</summary>
    string Name { get; }

    /// <summary>What the rows are, for the export card.</summary>
    PrivacyText Label { get; }

    /// <summary>Every row of the user in <paramref name="scope"/>, as JSON objects with all their properties.</summary>
    Task<IReadOnlyList<JsonObject>> ExportAsync(StateScope scope, CancellationToken cancellationToken);

    /// <summary>Removes every row of the user in <paramref name="scope"/>; removing nothing is not an error.</summary>
    Task DeleteAsync(StateScope scope, CancellationToken cancellationToken);
}
