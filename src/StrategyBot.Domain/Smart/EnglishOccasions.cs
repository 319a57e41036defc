using System.Globalization;
using System.Text.RegularExpressions;

namespace StrategyBot.Domain.Smart;

/// <summary>
/// English deadlines named by occasion rather than by date: "tomorrow", "the day after tomorrow", "next week",
/// "this year", "next year", seasons, holidays, "mid-January" and a bare "12/20". Seasons are meteorological in
/// the northern hemisphere (summer = June to August): "by summer" is the day before it starts, "this summer" and
/// "the end of summer" its last day. "by X" is the occasion's day and "before X" the day before.
/// </summary>
internal static partial class EnglishOccasions
{
    private const string B = @"(?<![\p{L}\d])";

    public static IEnumerable<DeadlineMatch> FindAll(string folded, DateOnly today, bool monthFirst)
    {
        foreach (Match m in RelativeDay().Matches(folded))
        {
            var days = m.Groups["after"].Success ? 2 : m.Groups["tomorrow"].Success ? 1 : 0;
            yield return new DeadlineMatch(today.AddDays(days), m.Index, m.Length);
        }

        foreach (Match m in Week().Matches(folded))
        {
            var sunday = today.AddDays(((int)DayOfWeek.Sunday - (int)today.DayOfWeek + 7) % 7);
            yield return new DeadlineMatch(m.Groups["next"].Success ? sunday.AddDays(7) : sunday, m.Index, m.Length);
        }

        foreach (Match m in Year().Matches(folded))
        {
            var year = today.Year + (m.Groups["next"].Success ? 1 : 0);
            var date = m.Groups["span"].Success ? today.AddYears(1) : new DateOnly(year, 12, 31);
            yield return new DeadlineMatch(date, m.Index, m.Length);
        }

        foreach (Match m in MidMonth().Matches(folded))
        {
            if (CalendarMath.NextDayMonth(today, MonthNumber(m.Groups["mon"].Value), 15) is { } mid)
            {
                yield return new DeadlineMatch(mid, m.Index, m.Length);
            }
        }

        foreach (Match m in SeasonStart().Matches(folded))
        {
            var start = NextStart(today, StartMonth(m.Groups["s"].Value), Int(m, "y"));
            yield return new DeadlineMatch(start.AddDays(-1), m.Index, m.Length);
        }

        foreach (Match m in SeasonEnd().Matches(folded))
        {
            var start = NextStart(today.AddMonths(-3), StartMonth(m.Groups["s"].Value), Int(m, "y"));
            var end = start.AddMonths(3).AddDays(-1);
            yield return new DeadlineMatch(m.Groups["next"].Success && start <= today ? end.AddYears(1) : end, m.Index, m.Length);
        }

        foreach (Match m in Holiday().Matches(folded))
        {
            if (HolidayDate(Spaces().Replace(m.Groups["h"].Value, " "), today) is { } day)
            {
                yield return new DeadlineMatch(m.Groups["before"].Success ? day.AddDays(-1) : day, m.Index, m.Length);
            }
        }

        foreach (Match m in BareDayMonth().Matches(folded))
        {
            var (a, b) = (Int(m, "a") ?? 0, Int(m, "b") ?? 0);
            var (month, day) = a > 12 ? (b, a) : b > 12 ? (a, b) : monthFirst ? (a, b) : (b, a);
            if (month is >= 1 and <= 12 && CalendarMath.NextDayMonth(today, month, day) is { } date)
            {
                yield return new DeadlineMatch(date, m.Index, m.Length);
            }
        }
    }

    // The next start of a season that begins in startMonth, after 'after' (or in the year given).
    private static DateOnly NextStart(DateOnly after, int startMonth, int? year)
    {
        if (year is { } y)
        {
            return new DateOnly(y, startMonth, 1);
        }

        var candidate = new DateOnly(after.Year, startMonth, 1);
        return candidate > after ? candidate : candidate.AddYears(1);
    }

    private static int StartMonth(string season) => season switch
    {
        "spring" => 3,
        "summer" => 6,
        "autumn" or "fall" => 9,
        _ => 12,
    };

    private static int MonthNumber(string name) => name[..3] switch
    {
        "jan" => 1, "feb" => 2, "mar" => 3, "apr" => 4, "may" => 5, "jun" => 6,
        "jul" => 7, "aug" => 8, "sep" => 9, "oct" => 10, "nov" => 11, _ => 12,
    };

    private static DateOnly? HolidayDate(string holiday, DateOnly today) => holiday switch
    {
        "christmas eve" => CalendarMath.NextDayMonth(today.AddDays(-1), 12, 24),
        "christmas" or "xmas" => CalendarMath.NextDayMonth(today.AddDays(-1), 12, 25),
        "new year's eve" or "new years eve" => CalendarMath.NextDayMonth(today.AddDays(-1), 12, 31),
        "new year" or "new year's" or "new years" => CalendarMath.NextDayMonth(today, 1, 1),
        "halloween" => CalendarMath.NextDayMonth(today.AddDays(-1), 10, 31),
        "nowruz" or "norooz" or "noruz" or "persian new year" => NextNowruz(today),
        "black friday" => NextBlackFriday(today),
        _ => CalendarMath.NextDayMonth(today.AddDays(-1), 2, 14),
    };

    private static DateOnly NextNowruz(DateOnly today)
    {
        var (year, _, _) = Text.JalaliDate.ToJalali(today);
        return Text.JalaliDate.FromJalali(year + 1, 1, 1);
    }

    // The day after the fourth Thursday of November.
    private static DateOnly NextBlackFriday(DateOnly today)
    {
        for (var year = today.Year; ; year++)
        {
            var first = new DateOnly(year, 11, 1);
            var thursday = first.AddDays(((int)DayOfWeek.Thursday - (int)first.DayOfWeek + 7) % 7 + 21);
            if (thursday.AddDays(1) >= today)
            {
                return thursday.AddDays(1);
            }
        }
    }

    private static int? Int(Match m, string group) =>
        m.Groups[group].Success ? int.Parse(m.Groups[group].Value, CultureInfo.InvariantCulture) : null;

    // A bare "today" is as often the baseline's time ("500 followers today") as a deadline, so it needs "by".
    [GeneratedRegex(B + @"(?:(?:by|until|till|before)\s+)?(?:(?<after>(?:the\s+)?day\s+after\s+tomorrow)|(?<tomorrow>tomorrow))(?!\p{L})|" + B + @"(?:by|until|till)\s+(?:the\s+end\s+of\s+)?(?:today|tonight)(?!\p{L})", RegexOptions.ExplicitCapture)]
    private static partial Regex RelativeDay();

    [GeneratedRegex(B + @"(?:(?:by|until|till|before)\s+)?(?:(?:the\s+)?end\s+of\s+(?:the\s+|this\s+|(?<next>next)\s+)|(?<next>next)\s+|this\s+)week(?!\p{L})", RegexOptions.ExplicitCapture)]
    private static partial Regex Week();

    [GeneratedRegex(B + @"(?<span>(?:within|in|over)\s+the\s+(?:next|coming)\s+year)(?!\p{L})|" + B + @"(?:(?:by|in|during|over|within)\s+)?(?:(?<next>next)|this)\s+year(?!\p{L})", RegexOptions.ExplicitCapture)]
    private static partial Regex Year();

    [GeneratedRegex(B + @"(?:by|before|until|till|ahead\s+of)\s+(?:the\s+)?(?:next\s+)?(?<s>spring|summer|autumn|fall|winter)(?!\p{L})(?:\s+(?<y>20\d\d)(?!\d))?", RegexOptions.ExplicitCapture)]
    private static partial Regex SeasonStart();

    [GeneratedRegex(B + @"(?:(?:by\s+)?(?:the\s+)?end\s+of\s+(?:the\s+)?(?:(?<next>next)\s+|this\s+)?|(?:(?:in|during|over)\s+(?:the\s+)?)?(?:(?<next>next)|this)\s+|(?:in|during|over)\s+(?:the\s+)?)(?<s>spring|summer|autumn|fall|winter)(?!\p{L})(?:\s+(?<y>20\d\d)(?!\d))?", RegexOptions.ExplicitCapture)]
    private static partial Regex SeasonEnd();

    [GeneratedRegex(B + @"(?:(?<before>before|ahead\s+of)|by|until|till|for|on)\s+(?:the\s+)?(?<h>christmas\s+eve|christmas|xmas|new\s+year'?s\s+eve|new\s+year'?s?|halloween|black\s+friday|valentine'?s(?:\s+day)?|nowruz|norooz|noruz|persian\s+new\s+year)(?!\p{L})", RegexOptions.ExplicitCapture)]
    private static partial Regex Holiday();

    [GeneratedRegex(B + @"(?:by\s+)?(?:mid|the\s+middle\s+of)[-\s]+(?<mon>january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)(?!\p{L})", RegexOptions.ExplicitCapture)]
    private static partial Regex MidMonth();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    // Month and day without a year are a deadline only after a word that says so ("by 12/20"), not in "1/2 of".
    [GeneratedRegex(B + @"(?:by|before|until|till|on|due)\s+(?<a>\d{1,2})/(?<b>\d{1,2})(?![/\d])", RegexOptions.ExplicitCapture)]
    private static partial Regex BareDayMonth();
}
