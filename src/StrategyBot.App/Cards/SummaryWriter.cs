using StrategyBot.App.Localization;

namespace StrategyBot.App.Cards;

/// <summary>
/// Turns plan values into summary text in one language at one level of detail. Every piece of user text goes
/// through <see cref="CardText.Escape"/> here, so the step builders cannot forget it.
/// </summary>
internal sealed class SummaryWriter(Language language, SummaryCaps caps, string? currencyCode)
{
    public Language Language { get; } = language;

    public SummaryCaps Caps { get; } = caps;

    public string Get(TextKey key) => Texts.Get(Language, key);

    public string Format(TextKey key, params object?[] args) => Texts.Format(Language, key, args);

    /// <summary>User free text, escaped and capped.</summary>
    public string Text(string? userText) => CardText.Escape(userText, Caps.TextLength);

    /// <summary>"**Label:** value".</summary>
    public SummaryLine Labelled(TextKey label, string value, bool isSubtle = false) =>
        new($"**{Get(label)}:** {value}", isSubtle);

    /// <summary>Escaped names joined with the language's comma, at most <see cref="SummaryCaps.ListItems"/> of them.</summary>
    public string Names(IEnumerable<string?> names)
    {
        var shown = names.Where(name => !string.IsNullOrWhiteSpace(name)).ToList();
        return List(shown.Take(Caps.ListItems).Select(name => CardText.Escape(name, Caps.NameLength)), shown.Count);
    }

    /// <summary>Already-safe items joined with the language's comma, plus "and N more" past the cap.</summary>
    public string List(IEnumerable<string> items, int total)
    {
        var joined = string.Join(Texts.Get(Language, TextKey.ListSeparator), items.Take(Caps.ListItems));
        var hidden = total - Caps.ListItems;
        return hidden > 0 ? joined + " " + Format(TextKey.SummaryMore, hidden) : joined;
    }

    public string Number(decimal value) => LocalFormat.Number(Language, value);

    public string Percent(decimal value) => LocalFormat.Percent(Language, value);

    public string Date(DateOnly date) => LocalFormat.Date(Language, date);

    /// <summary>An amount in the plan's currency, or a plain number when the plan has none.</summary>
    public string Money(decimal amount) =>
        string.IsNullOrWhiteSpace(currencyCode) ? Number(amount) : LocalFormat.Currency(Language, amount, currencyCode);

    /// <summary>A Latin-only run such as the SMART badges, kept in order inside right-to-left text.</summary>
    public string LeftToRight(string text) =>
        Languages.IsRightToLeft(Language) ? BidiMarks.KeepLeftToRight(text) : text;
}
