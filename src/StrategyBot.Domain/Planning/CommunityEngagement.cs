namespace StrategyBot.Domain.Planning;

/// <summary>Who answers comments and messages, and how fast.</summary>
public sealed record CommunityEngagement
{
    public string? Responder { get; init; }

    public decimal? ResponseTimeHours { get; init; }
}
