namespace StrategyBot.Domain.Planning;

/// <summary>Current presence on one platform; these numbers are the objectives' baselines.</summary>
public sealed record PlatformPresence
{
    public Platform Platform { get; init; }

    public long? Followers { get; init; }

    public long? WeeklyReach { get; init; }
}
