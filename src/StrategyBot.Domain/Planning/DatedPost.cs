namespace StrategyBot.Domain.Planning;

/// <summary>A post or theme planned for a date: the launch reel on 3 December, the Yalda giveaway.</summary>
public sealed record DatedPost
{
    public DateOnly Date { get; init; }

    public Platform Platform { get; init; }

    public string Theme { get; init; } = "";

    public string? Format { get; init; }
}
