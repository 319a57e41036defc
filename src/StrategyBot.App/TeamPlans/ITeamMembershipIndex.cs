using StrategyBot.BotFramework.State;

namespace StrategyBot.App.TeamPlans;

/// <summary>
/// Per user, the team plans they own or edit. Written on the few turns that change a role (start, add editor), read
/// by "my plans": one point write and one partition read, never a scan of plans.
/// </summary>
internal interface ITeamMembershipIndex
{
    /// <summary>Records (or replaces) <paramref name="user"/>'s role in one team plan.</summary>
    Task SetAsync(StateScope user, TeamMembership membership, CancellationToken cancellationToken);

    /// <summary>Every team plan <paramref name="user"/> has a role in.</summary>
    Task<IReadOnlyList<TeamMembership>> ListAsync(StateScope user, CancellationToken cancellationToken);

    /// <summary>Removes <paramref name="user"/>'s row for one team plan.</summary>
    Task RemoveAsync(StateScope user, string conversationScopeKey, CancellationToken cancellationToken);
}
