using StrategyBot.Domain.Planning;

namespace StrategyBot.App.TeamPlans;

/// <summary>Which question a member is answering: each member has their own, so several fill different steps at once.</summary>
internal sealed record TeamCursor(string MemberId, SostacStep Step, int Question);
