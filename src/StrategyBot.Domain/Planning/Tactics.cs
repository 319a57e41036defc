namespace StrategyBot.Domain.Planning;

/// <summary>The T of SOSTAC: the concrete means on each platform.</summary>
public sealed class Tactics
{
    public List<PlatformTactic> PlatformTactics { get; set; } = [];

    public IReadOnlyList<string> BrandedHashtags { get; set; } = [];

    public IReadOnlyList<string> CommunityHashtags { get; set; } = [];

    public IReadOnlyList<string> CallsToAction { get; set; } = [];

    public string? InfluencerCollaboration { get; set; }

    public CommunityEngagement CommunityEngagement { get; set; } = new();

    /// <summary>Scheduling, automation and analytics tools.</summary>
    public IReadOnlyList<string> HelperTools { get; set; } = [];

    /// <summary>Advertising tools: Meta Ads Manager, LinkedIn Campaign Manager, TikTok Ads, Telegram Ads.</summary>
    public IReadOnlyList<string> AdTools { get; set; } = [];

    /// <summary>Which CTA and link work on which channel.</summary>
    public List<ChannelCta> ChannelCtas { get; set; } = [];

    public BudgetSplit Budget { get; set; } = new();
}
