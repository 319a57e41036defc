namespace StrategyBot.Domain.Planning;

/// <summary>The T of SOSTAC: the concrete means on each platform.</summary>
public sealed record Tactics
{
    public IReadOnlyList<PlatformTactic> PlatformTactics { get; init; } = [];

    public IReadOnlyList<string> BrandedHashtags { get; init; } = [];

    public IReadOnlyList<string> CommunityHashtags { get; init; } = [];

    public IReadOnlyList<string> CallsToAction { get; init; } = [];

    public string? InfluencerCollaboration { get; init; }

    public CommunityEngagement CommunityEngagement { get; init; } = new();

    /// <summary>Scheduling, automation and analytics tools.</summary>
    public IReadOnlyList<string> HelperTools { get; init; } = [];

    /// <summary>Advertising tools: Meta Ads Manager, LinkedIn Campaign Manager, TikTok Ads, Telegram Ads.</summary>
    public IReadOnlyList<string> AdTools { get; init; } = [];

    /// <summary>Which CTA and link work on which channel.</summary>
    public IReadOnlyList<ChannelCta> ChannelCtas { get; init; } = [];

    public BudgetSplit Budget { get; init; } = new();
}
