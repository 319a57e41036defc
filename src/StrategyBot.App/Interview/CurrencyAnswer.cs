using System.Globalization;
using StrategyBot.App.Cards;
using StrategyBot.App.Localization;
using StrategyBot.Domain.Text;

namespace StrategyBot.App.Interview;

/// <summary>
/// The budget's currency: one of the offered options (by number, name or code, in either language) or any ISO
/// 4217-shaped code. Toman has no ISO code, so "IRT" stands for it, as Iranian businesses write it.
/// </summary>
internal static class CurrencyAnswer
{
    public static IReadOnlyList<string> Offered { get; } = ["IRT", "IRR", "USD", "EUR", "AED"];

    /// <summary>Reads an answer the prompt's validator already accepted.</summary>
    public static string Parse(string text) =>
        TryParse(text, out var code) ? code : throw new FormatException("The currency was accepted but does not parse.");

    public static bool TryParse(string text, out string code)
    {
        ArgumentNullException.ThrowIfNull(text);
        var folded = TextNormalizer.ForMatching(text).Trim().TrimEnd('.', '!');
        code = string.Empty;
        if (int.TryParse(folded, NumberStyles.None, CultureInfo.InvariantCulture, out var position) && position >= 1 && position <= Offered.Count)
        {
            code = Offered[position - 1];
            return true;
        }

        if (CurrencyWords.Code(folded) is { } named)
        {
            code = named;
            return true;
        }

        var bracketed = folded.Split('(', ')').Select(p => p.Trim()).FirstOrDefault(IsCode);
        if (bracketed is null && !IsCode(folded))
        {
            return false;
        }

        code = (bracketed ?? folded).ToUpperInvariant();
        return true;
    }

    /// <summary>"Toman (IRT)" or "تومان".</summary>
    public static string Name(Language language, string code) => language == Language.Persian
        ? PersianNames.Currency(code) ?? code
        : code switch
        {
            "IRT" => "Toman (IRT)",
            "IRR" => "Rial (IRR)",
            "USD" => "US dollar (USD)",
            "EUR" => "Euro (EUR)",
            "AED" => "UAE dirham (AED)",
            _ => code,
        };

    public static IReadOnlyList<CardChoice> Choices(Language language) => [.. Offered.Select(c => new CardChoice(Name(language, c), c))];

    private static bool IsCode(string text) => text.Length == 3 && text.All(char.IsAsciiLetter);
}
