using System.Globalization;
using System.Text.RegularExpressions;
using StrategyBot.Domain.Text;

namespace StrategyBot.Domain.Smart;

/// <summary>
/// Finds a deadline in English or Persian text: absolute dates ("31 March 2027", "2027-03-31", "۱۴۰۶/۰۳/۳۱"),
/// month names ("by March", "تا پایان خرداد" = end of that month, next occurrence), quarters, year ends
/// (Jalali in Persian), spans ("in 3 months", "ظرف ۸ هفته") and occasions ("the day after tomorrow", "by summer",
/// «تا سال آینده», «تا تابستان», holidays).
/// </summary>
public static partial class DeadlineParser
{
    public static bool TryFind(string text, DateOnly today, out DateOnly deadline) => TryFind(text, today, language: null, out deadline);

    /// <summary>With language "en-US", an ambiguous "03/04/2027" is read month first; otherwise day first.</summary>
    public static bool TryFind(string text, DateOnly today, string? language, out DateOnly deadline)
    {
        ArgumentNullException.ThrowIfNull(text);
        var match = Find(TextNormalizer.ForMatching(text.Length > SmartCheck.MaxTextLength ? text[..SmartCheck.MaxTextLength] : text), today, language);
        deadline = match?.Date ?? default;
        return match is not null;
    }

    /// <summary>The longest deadline expression in folded text (the most specific reading wins), or null.</summary>
    internal static DeadlineMatch? Find(string folded, DateOnly today, string? language)
    {
        var monthFirst = string.Equals(language, "en-US", StringComparison.OrdinalIgnoreCase);
        var candidates = Numeric(folded, monthFirst)
            .Concat(EnglishDeadlines.FindAll(folded, today))
            .Concat(PersianDeadlines.FindAll(folded, today))
            .Concat(EnglishOccasions.FindAll(folded, today, monthFirst))
            .Concat(PersianOccasions.FindAll(folded, today));
        DeadlineMatch? best = null;
        foreach (var candidate in candidates)
        {
            if (best is not { } b || candidate.Length > b.Length || candidate.Length == b.Length && candidate.Index < b.Index)
            {
                best = candidate;
            }
        }

        return best;
    }

    private static IEnumerable<DeadlineMatch> Numeric(string folded, bool monthFirst)
    {
        foreach (Match m in YearFirst().Matches(folded))
        {
            var (y, mo, d) = (Int(m, "y"), Int(m, "m"), Int(m, "d"));
            if (FromParts(y, mo, d) is { } date)
            {
                yield return new DeadlineMatch(date, m.Index, m.Length);
            }
        }

        foreach (Match m in YearLast().Matches(folded))
        {
            var (a, b, y) = (Int(m, "a"), Int(m, "b"), Int(m, "y"));
            var (month, day) = a > 12 ? (b, a) : b > 12 ? (a, b) : monthFirst ? (a, b) : (b, a);
            if (FromParts(y, month, day) is { } date)
            {
                yield return new DeadlineMatch(date, m.Index, m.Length);
            }
        }
    }

    // Years below 1500 can only be Jalali in this product; Persian users write "۱۴۰۶/۰۳/۳۱".
    private static DateOnly? FromParts(int year, int month, int day) =>
        year is >= 1300 and < 1500 ? CalendarMath.TryJalali(year, month, day)
        : year >= 1900 ? CalendarMath.TryGregorian(year, month, day)
        : null;

    private static int Int(Match m, string group) => int.Parse(m.Groups[group].Value, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"(?<![\p{L}\d])(?<y>\d{4})(?<sep>[-/.])(?<m>\d{1,2})\k<sep>(?<d>\d{1,2})(?!\d)", RegexOptions.ExplicitCapture)]
    private static partial Regex YearFirst();

    [GeneratedRegex(@"(?<![\p{L}\d])(?<a>\d{1,2})(?<sep>[-/.])(?<b>\d{1,2})\k<sep>(?<y>\d{4})(?!\d)", RegexOptions.ExplicitCapture)]
    private static partial Regex YearLast();
}
