using System.Text.RegularExpressions;
using StrategyBot.Domain.Text;

namespace StrategyBot.Domain.Kpis;

/// <summary>
/// Reads a typed check-in reply such as "reach 12000 clicks 340 spend 150", "reach: 12k, impressions 30,000"
/// or "دسترسی ۱۲۰۰۰ کلیک ۳۴۰ هزینه ۱۵۰": each input name followed by its number.
/// </summary>
public static partial class WeeklyNumbersParser
{
    /// <summary>A reply longer than this is not a list of numbers; only its start is read.</summary>
    public const int MaxTextLength = 2000;

    /// <summary>True when at least one input was read; inputs not mentioned stay null.</summary>
    public static bool TryParse(string? text, out WeeklyNumbers numbers)
    {
        numbers = new WeeklyNumbers();
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var folded = TextNormalizer.ForMatching(text.Length > MaxTextLength ? text[..MaxTextLength] : text);
        var keys = Keyword().Matches(folded).ToList();
        var found = false;
        for (var i = 0; i < keys.Count; i++)
        {
            var start = keys[i].Index + keys[i].Length;
            var end = i + 1 < keys.Count ? keys[i + 1].Index : folded.Length;
            if (QuantityParser.FindAll(folded[start..end]) is not [var first, ..] || first.Quantity.Kind != QuantityKind.Number
                || !folded.AsSpan(start, first.Index).TrimStart(" :=\t").IsEmpty)
            {
                continue;
            }

            numbers = numbers.With(InputOf(keys[i]), first.Quantity.Value);
            found = true;
        }

        return found;
    }

    private static WeeklyInput InputOf(Match match) =>
        Enum.GetValues<WeeklyInput>().First(input => match.Groups[input.ToString()].Success);

    [GeneratedRegex(
        @"(?<![\p{L}\d])(?:(?<BrandedHashtagUses>(?:branded\s+)?hashtag(?:\s+uses)?s?|هشتگ)|(?<Reach>reach|دسترسی|ریچ)|(?<Impressions>impressions?|views|نمایش|ایمپرشن)"
        + @"|(?<Engagements>engagements?|interactions?|تعامل(?:ات)?)|(?<Clicks>clicks?|کلیک)|(?<Conversions>conversions?|تبدیل)"
        + @"|(?<Spend>(?:ad\s+)?spend|spent|cost|هزینه|خرج)|(?<Revenue>revenue|income|درآمد|درامد)|(?<Followers>followers?|فالوور|دنبال\s*کننده))(?!\p{L})",
        RegexOptions.CultureInvariant)]
    private static partial Regex Keyword();
}
