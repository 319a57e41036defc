namespace StrategyBot.Domain.Planning;

/// <summary>Who answers comments and messages, and how fast.</summary>
public sealed class CommunityEngagement
{
    public string? Responder { get; set; }

    public decimal? ResponseTimeHours { get; set; }
}
