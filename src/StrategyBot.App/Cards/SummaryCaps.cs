namespace StrategyBot.App.Cards;

/// <summary>
/// How much of each user answer the plan summary shows. The card tries each level in turn until it fits the size
/// budget, so a plan of ordinary length shows the most and an extreme one still renders, only shorter.
/// </summary>
/// <param name="TextLength">Cap for free text such as the business description or an objective.</param>
/// <param name="NameLength">Cap for one name in a list (persona, competitor, hashtag, tool).</param>
/// <param name="ListItems">How many entries of a list are shown before "and N more".</param>
internal sealed record SummaryCaps(int TextLength, int NameLength, int ListItems)
{
    public static IReadOnlyList<SummaryCaps> Levels { get; } =
    [
        new(160, 40, 5),
        new(90, 28, 3),
        new(48, 18, 2),
    ];
}
