using System.Collections.Concurrent;
using StrategyBot.App.TeamPlans;
using StrategyBot.BotFramework.State;

namespace StrategyBot.App.Tests.TeamPlans;

/// <summary>The membership index in memory, for unit tests; counts its writes.</summary>
internal sealed class InMemoryTeamMembershipIndex : ITeamMembershipIndex
{
    private readonly ConcurrentDictionary<(StateScope User, string Conversation), TeamMembership> _rows = new();

    public int Writes { get; private set; }

    public Task SetAsync(StateScope user, TeamMembership membership, CancellationToken cancellationToken)
    {
        Writes++;
        _rows[(user, membership.ConversationScopeKey)] = membership;
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<TeamMembership>> ListAsync(StateScope user, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<TeamMembership>>([.. _rows.Where(r => r.Key.User.Equals(user)).Select(r => r.Value)]);

    public Task RemoveAsync(StateScope user, string conversationScopeKey, CancellationToken cancellationToken)
    {
        Writes++;
        _rows.TryRemove((user, conversationScopeKey), out _);
        return Task.CompletedTask;
    }
}
