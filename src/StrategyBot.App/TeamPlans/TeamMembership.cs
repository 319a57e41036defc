namespace StrategyBot.App.TeamPlans;

/// <summary>
/// One row of a user's index of team plans: the conversation scope's key, a name to show and the user's role. Kept so
/// "my plans" in the 1:1 chat lists team plans without scanning them.
/// </summary>
internal sealed record TeamMembership(string ConversationScopeKey, string ConversationName, TeamRole Role, DateTimeOffset Since);
