namespace StrategyBot.Domain.Planning;

/// <summary>A post or theme planned for a date: the launch reel on 3 December, the Yalda giveaway.</summary>
public sealed class DatedPost
{
    public DateOnly Date { get; set; }

    public Platform Platform { get; set; }

    public string Theme { get; set; } = "";

    public string? Format { get; set; }
}
