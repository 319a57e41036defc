using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using StrategyBot.App.TeamPlans;
using StrategyBot.BotFramework.State;

namespace StrategyBot.App.Storage;

/// <summary>
/// <see cref="ITeamMembershipIndex"/> in the state table, next to the user's state row: PartitionKey = the user's scope
/// (as the state row), RowKey = "team|" plus the escaped conversation scope. So "my plans" is one partition query of a
/// few rows, a role change one upsert with no read, and deleting the user's scope (delete my data) removes the rows
/// with the state row. The state row itself is read by key, never by partition, so these rows cost a turn nothing.
/// </summary>
internal sealed class TeamMembershipTable(TableClient table, StorageMetrics metrics) : ITeamMembershipIndex
{
    public const string WriteOperation = "team_index.write";
    public const string QueryOperation = "team_index.query";

    private const string RowPrefix = "team|";
    private const string MembershipProperty = "Membership";

    public async Task SetAsync(StateScope user, TeamMembership membership, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(membership);
        var row = new TableEntity(TableKeys.Partition(user), RowKey(membership.ConversationScopeKey))
        {
            [MembershipProperty] = JsonSerializer.Serialize(membership, TeamPlanJsonContext.Default.TeamMembership),
        };
        metrics.RecordCall(WriteOperation);
        await table.UpsertEntityAsync(row, TableUpdateMode.Replace, cancellationToken);
    }

    public async Task<IReadOnlyList<TeamMembership>> ListAsync(StateScope user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        var partition = TableKeys.Partition(user);

        // "team|" .. "team}" is exactly the rows whose key starts with "team|" ('}' follows '|').
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {partition} and RowKey gt {RowPrefix} and RowKey lt {"team}"}");
        metrics.RecordCall(QueryOperation);
        var found = new List<TeamMembership>();
        await foreach (var row in table.QueryAsync<TableEntity>(filter, select: [MembershipProperty], cancellationToken: cancellationToken))
        {
            if (row.GetString(MembershipProperty) is { } json && TryRead(json) is { } membership)
            {
                found.Add(membership);
            }
        }

        return found;
    }

    public async Task RemoveAsync(StateScope user, string conversationScopeKey, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        metrics.RecordCall(WriteOperation);
        await table.DeleteEntityAsync(TableKeys.Partition(user), RowKey(conversationScopeKey), ETag.All, cancellationToken);
    }

    private static string RowKey(string conversationScopeKey) => TableKeys.ToKey(RowPrefix + conversationScopeKey);

    private static TeamMembership? TryRead(string json)
    {
        try
        {
            return JsonSerializer.Deserialize(json, TeamPlanJsonContext.Default.TeamMembership);
        }
        catch (JsonException)
        {
            // A row nobody can read lists nothing; the plan itself is unharmed.
            return null;
        }
    }
}
