using System.Globalization;
using System.Text.RegularExpressions;
using StrategyBot.Domain.Text;

namespace StrategyBot.Domain.Smart;

/// <summary>
/// Persian deadlines named by occasion, over the Jalali calendar: «فردا», «پس‌فردا», «تا تابستان» (the day before
/// summer starts, that is the end of Khordad), «در تابستان» (its last day), «تا سال آینده» (by the new year: the end
/// of this Jalali year), «در سال آینده» (the end of next year), «تا ماه آینده», «اول فروردین», «نیمه دی», «یلدا».
/// </summary>
internal static partial class PersianOccasions
{
    private const string B = @"(?<![\p{L}\d])";
    private const string Season = @"(?:فصل\s+)?(?<s>بهار|تابستان|پاییز|پائیز|زمستان)(?!\p{L})";
    private const string Month = @"(?<fmon>فروردین|اردیبهشت|خرداد|تیر|امرداد|مرداد|شهریور|مهر|آبان|ابان|آذر|اذر|دی|بهمن|اسفند)(?:\s?ماه)?(?!\p{L})";

    public static IEnumerable<DeadlineMatch> FindAll(string folded, DateOnly today)
    {
        var (year, month, _) = JalaliDate.ToJalali(today);
        foreach (Match m in RelativeDay().Matches(folded))
        {
            var days = m.Groups["after"].Success ? 2 : m.Groups["tomorrow"].Success ? 1 : 0;
            yield return new DeadlineMatch(today.AddDays(days), m.Index, m.Length);
        }

        foreach (Match m in BySeason().Matches(folded))
        {
            // The season's first month minus one: «تا تابستان» ends with Khordad, «تا بهار» with Esfand.
            var before = (SeasonEndMonth(m.Groups["s"].Value) + 9) % 12;
            yield return new DeadlineMatch(CalendarMath.NextJalaliMonthEnd(today, before == 0 ? 12 : before), m.Index, m.Length);
        }

        foreach (Match m in InSeason().Matches(folded))
        {
            yield return new DeadlineMatch(CalendarMath.NextJalaliMonthEnd(today, SeasonEndMonth(m.Groups["s"].Value)), m.Index, m.Length);
        }

        foreach (Match m in NextYear().Matches(folded))
        {
            yield return new DeadlineMatch(JalaliDate.EndOfYear(m.Groups["by"].Success ? year : year + 1), m.Index, m.Length);
        }

        foreach (Match m in ByNextMonth().Matches(folded))
        {
            yield return new DeadlineMatch(JalaliDate.EndOfMonth(year, month), m.Index, m.Length);
        }

        foreach (Match m in DayOfMonth().Matches(folded))
        {
            var day = m.Groups["first"].Success ? 1 : 15;
            var monthNumber = JalaliDate.TryParseMonth(m.Groups["fmon"].Value, out var parsed) ? parsed : 1;
            var date = m.Groups["y"].Success
                ? CalendarMath.TryJalali(int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture), monthNumber, day)
                : CalendarMath.NextJalaliDayMonth(today, monthNumber, day);
            if (date is { } d)
            {
                yield return new DeadlineMatch(d, m.Index, m.Length);
            }
        }

        foreach (Match m in Holiday().Matches(folded))
        {
            var date = m.Groups["h"].Value switch
            {
                "یلدا" => CalendarMath.NextJalaliDayMonth(today.AddDays(-1), 9, 30),
                "کریسمس" => CalendarMath.NextDayMonth(today.AddDays(-1), 12, 25),
                _ => CalendarMath.NextDayMonth(today.AddDays(-1), 2, 14),
            };
            if (date is { } d)
            {
                yield return new DeadlineMatch(m.Groups["before"].Success ? d.AddDays(-1) : d, m.Index, m.Length);
            }
        }
    }

    private static int SeasonEndMonth(string season) => season switch
    {
        "بهار" => 3,
        "تابستان" => 6,
        "پاییز" or "پائیز" => 9,
        _ => 12,
    };

    [GeneratedRegex(B + @"(?:تا\s+)?(?:(?<after>پس\s*فردا)|(?<tomorrow>فردا))(?!\p{L})|" + B + @"تا\s+(?:پایان\s+|آخر\s+)?امروز(?!\p{L})", RegexOptions.ExplicitCapture)]
    private static partial Regex RelativeDay();

    [GeneratedRegex(B + @"(?:تا|قبل\s+از|پیش\s+از)\s+" + Season + @"(?!\s*(?:سال\s*)?\d)", RegexOptions.ExplicitCapture)]
    private static partial Regex BySeason();

    [GeneratedRegex(B + @"(?:در|طی|در\s+طول)\s+" + Season + @"(?:\s+(?:امسال|آینده|سال\s+آینده))?", RegexOptions.ExplicitCapture)]
    private static partial Regex InSeason();

    // «تا سال آینده» is "by next year", so by this year's end; «در سال آینده» is during next year.
    [GeneratedRegex(B + @"(?:(?<by>تا)|در|طی|در\s+طول)\s+سال\s+(?:آینده|بعد|دیگر)(?!\p{L})", RegexOptions.ExplicitCapture)]
    private static partial Regex NextYear();

    [GeneratedRegex(B + @"تا\s+ماه\s+(?:آینده|بعد|دیگر)(?!\p{L})", RegexOptions.ExplicitCapture)]
    private static partial Regex ByNextMonth();

    [GeneratedRegex(B + @"(?:(?:تا|در)\s+)?(?:(?<first>اول|ابتدای|آغاز)|نیمه|اواسط|وسط)\s+" + Month + @"(?:\s*(?:سال\s*)?(?<y>1[34]\d\d)(?!\d))?", RegexOptions.ExplicitCapture)]
    private static partial Regex DayOfMonth();

    [GeneratedRegex(B + @"(?:(?<before>قبل\s+از|پیش\s+از)|تا|برای)\s+(?:شب\s+|روز\s+)?(?<h>یلدا|کریسمس|ولنتاین)(?!\p{L})", RegexOptions.ExplicitCapture)]
    private static partial Regex Holiday();
}
