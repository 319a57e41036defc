namespace StrategyBot.Domain.Planning;

/// <summary>Content pillars, formats and posting rhythm on one platform.</summary>
public sealed record PlatformTactic
{
    public Platform Platform { get; init; }

    public IReadOnlyList<string> ContentPillars { get; init; } = [];

    /// <summary>Formats as the user names them: reels, stories, carousels, articles, lives.</summary>
    public IReadOnlyList<string> Formats { get; init; } = [];

    public decimal? PostsPerWeek { get; init; }
}
