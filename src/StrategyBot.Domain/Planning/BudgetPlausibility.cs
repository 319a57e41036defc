namespace StrategyBot.Domain.Planning;

/// <summary>
/// Whether a total ad budget is believable for its currency, and what the user most likely meant when it is not.
/// People drop the magnitude word when they type fast ("90" for ninety million toman, "5" for five thousand
/// dollars); saving such a number silently would turn every share of the split into pocket change. The floors are
/// deliberately low: they catch a missing "million" or "thousand", not a small business's honest budget.
/// </summary>
public static class BudgetPlausibility
{
    // The smallest total that could pay for any ad campaign, per currency: about one or two US dollars' worth, so
    // only a number that lost its magnitude falls below it. Toman and rial are written in millions in practice.
    private static readonly Dictionary<string, decimal> Floors = new(StringComparer.Ordinal)
    {
        ["IRT"] = 100_000m,
        ["IRR"] = 1_000_000m,
        ["TRY"] = 50m,
    };

    private const decimal DefaultFloor = 10m;

    /// <summary>
    /// The amount the user probably meant when <paramref name="total"/> is implausibly small for
    /// <paramref name="currencyCode"/>: the same digits with "million" (toman, rial) or "thousand" after them. Null
    /// when the total is believable (or zero, which means no paid budget yet).
    /// </summary>
    public static decimal? Suggest(decimal total, string? currencyCode)
    {
        if (total <= 0m)
        {
            return null;
        }

        var floor = currencyCode is not null && Floors.TryGetValue(currencyCode, out var known) ? known : DefaultFloor;
        if (total >= floor)
        {
            return null;
        }

        // Toman and rial budgets are spoken in millions ("90 million"), so a three-digit number lost a "million"; a
        // larger one below the floor lost a "thousand". Other currencies lose a "thousand" ("5" for 5k).
        var inMillions = currencyCode is "IRT" or "IRR";
        var factor = inMillions && total < 1_000m ? 1_000_000m : 1_000m;
        return total * factor;
    }
}
