namespace StrategyBot.App.TeamPlans;

/// <summary>
/// A person as a team plan names them: the id the roster and the sender share (the lower-cased Entra object id, else
/// the Teams id, as <see cref="TurnScope"/> picks it) and the display name at the time, for the summary card.
/// </summary>
internal sealed record TeamMember(string Id, string Name);
