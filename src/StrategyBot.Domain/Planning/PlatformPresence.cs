namespace StrategyBot.Domain.Planning;

/// <summary>Current presence on one platform; these numbers are the objectives' baselines.</summary>
public sealed class PlatformPresence
{
    public Platform Platform { get; set; }

    public long? Followers { get; set; }

    public long? WeeklyReach { get; set; }
}
