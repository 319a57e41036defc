namespace StrategyBot.Domain.Planning;

/// <summary>
/// Implementation over time: each platform's weekly rhythm (formats and pillars on days) and dated posts or themes
/// for the coming weeks.
/// </summary>
public sealed record ContentCalendar
{
    public IReadOnlyList<PlatformRhythm> WeeklyRhythm { get; init; } = [];

    public IReadOnlyList<DatedPost> Posts { get; init; } = [];

    /// <summary>The dated posts from <paramref name="from"/> for <paramref name="weeks"/> weeks, in date order.</summary>
    public IReadOnlyList<DatedPost> Upcoming(DateOnly from, int weeks) =>
        [.. Posts.Where(p => p.Date >= from && p.Date < from.AddDays(7 * weeks)).OrderBy(p => p.Date).ThenBy(p => p.Platform)];

    /// <summary>Posts a week on <paramref name="platform"/> by its rhythm.</summary>
    public int PostsPerWeek(Platform platform) => WeeklyRhythm.Where(r => r.Platform == platform).Sum(r => r.Slots.Count);
}
