using StrategyBot.Domain.Planning;

namespace StrategyBot.App.TeamPlans;

/// <summary>One answer to one question of a team plan, with who gave it and when: nothing is overwritten.</summary>
internal sealed record TeamAnswer(SostacStep Step, int Question, string Text, TeamMember By, DateTimeOffset At);
