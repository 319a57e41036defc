using System.Text.RegularExpressions;
using StrategyBot.Domain.Planning;
using StrategyBot.Domain.Text;

namespace StrategyBot.Domain.Kpis;

/// <summary>
/// Reads a typed check-in reply such as "reach 12000 clicks 340 spend 150", "reach: 12k, impressions 30,000",
/// "دسترسی ۱۲۰۰۰ کلیک ۳۴۰ هزینه ۱۵۰" or "instagram followers 9100, telegram 1600": each input name followed by its
/// number, optionally with a platform before it; a platform followed by a number repeats the input named last.
/// </summary>
public static partial class WeeklyNumbersParser
{
    /// <summary>A reply longer than this is not a list of numbers; only its start is read.</summary>
    public const int MaxTextLength = 2000;

    /// <summary>True when at least one input was read; inputs not mentioned stay null.</summary>
    public static bool TryParse(string? text, out WeeklyNumbers numbers)
    {
        numbers = new WeeklyNumbers();
        var read = Read(text);
        foreach (var number in read)
        {
            numbers = numbers.With(new PlatformInput(number.Input, number.Platform), number.Value);
        }

        return read.Count > 0;
    }

    /// <summary>Every input-and-number pair in the reply, in order, each with the platform named for it.</summary>
    public static IReadOnlyList<ReportedNumber> Read(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        var folded = TextNormalizer.ForMatching(text.Length > MaxTextLength ? text[..MaxTextLength] : text);
        var markers = Keyword().Matches(folded).Select(m => (m.Index, m.Length, Input: (WeeklyInput?)InputOf(m), Platform: (Platform?)null))
            .Concat(Platforms.FindMentions(folded).Select(p => (p.Index, p.Length, Input: (WeeklyInput?)null, Platform: (Platform?)p.Platform)))
            .OrderBy(m => m.Index)
            .ToList();
        var read = new List<ReportedNumber>();
        Platform? pending = null;
        WeeklyInput? last = null;
        for (var i = 0; i < markers.Count; i++)
        {
            var marker = markers[i];
            var start = marker.Index + marker.Length;
            var end = i + 1 < markers.Count ? markers[i + 1].Index : folded.Length;
            var number = end > start ? NumberAtStart(folded, start, end) : null;
            if (marker.Input is { } input)
            {
                last = input;
                if (number is { } value)
                {
                    read.Add(new ReportedNumber(input, PlatformInput.For(input, pending).Platform, value));
                    pending = null;
                }
            }
            else if (number is { } value && last is { } repeated)
            {
                read.Add(new ReportedNumber(repeated, PlatformInput.For(repeated, marker.Platform).Platform, value));
                pending = null;
            }
            else
            {
                pending = marker.Platform;
            }
        }

        return read;
    }

    // The number must come first after the name ("reach: 12k"), so "reach went up 20 %" reads nothing.
    private static decimal? NumberAtStart(string folded, int start, int end) =>
        QuantityParser.FindAll(folded[start..end]) is [var first, ..] && first.Quantity.Kind == QuantityKind.Number
            && folded.AsSpan(start, first.Index).TrimStart(" :=\t").IsEmpty
            ? first.Quantity.Value
            : null;

    private static WeeklyInput InputOf(Match match) =>
        Enum.GetValues<WeeklyInput>().First(input => match.Groups[input.ToString()].Success);

    [GeneratedRegex(
        @"(?<![\p{L}\d])(?:(?<BrandedHashtagUses>(?:branded\s+)?hashtag(?:\s+uses)?s?|هشتگ)|(?<Reach>reach|دسترسی|ریچ)|(?<Impressions>impressions?|views|نمایش|ایمپرشن)"
        + @"|(?<Engagements>engagements?|interactions?|تعامل(?:ات)?)|(?<Clicks>clicks?|کلیک)|(?<Conversions>conversions?|sales?|leads?|orders?|تبدیل|فروش|سفارش|لید)"
        + @"|(?<Spend>(?:ad\s+)?spend|spent|cost|هزینه|خرج)|(?<Revenue>revenue|income|درآمد|درامد)|(?<Followers>followers?|فالوور|دنبال\s*کننده)"
        + @"|(?<MessagesAnswered>(?:messages?|dms?|comments?)\s+answered|answered(?:\s+messages)?|پیام(?:\s*های)?\s+پاسخ\s*داده\s*شده|پاسخ\s*داده\s*شده)"
        + @"|(?<ResponseHours>response\s+hours|hours\s+to\s+(?:respond|reply)|ساعت(?:\s*های)?\s+پاسخ(?:\s*گویی)?)"
        + @"|(?<CompetitorMentions>competitors?'?\s+mentions|mentions\s+of\s+competitors|منشن(?:\s*های)?\s+رقبا|منشن\s+رقیب)"
        + @"|(?<BrandMentions>(?:brand\s+)?mentions|منشن(?:\s*های)?(?:\s+برند)?))(?!\p{L})",
        RegexOptions.CultureInvariant)]
    private static partial Regex Keyword();
}
