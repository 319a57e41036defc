namespace StrategyBot.App.TeamPlans;

/// <summary>What a member may do with a team plan: an owner manages it, an editor fills steps.</summary>
internal enum TeamRole
{
    Editor,
    Owner,
}
