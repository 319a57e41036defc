namespace StrategyBot.Domain.Planning;

/// <summary>Content pillars, formats and posting rhythm on one platform.</summary>
public sealed class PlatformTactic
{
    public Platform Platform { get; set; }

    public List<string> ContentPillars { get; set; } = [];

    /// <summary>Formats as the user names them: reels, stories, carousels, articles, lives.</summary>
    public List<string> Formats { get; set; } = [];

    public decimal? PostsPerWeek { get; set; }
}
