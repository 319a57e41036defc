using System.Globalization;
using System.Text.RegularExpressions;

namespace StrategyBot.Domain.Smart;

/// <summary>English deadline expressions: month names, quarters, year end and relative spans (Gregorian).</summary>
internal static partial class EnglishDeadlines
{
    private const string B = @"(?<![\p{L}\d])";
    private const string Mon = @"(?<mon>january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\.?(?!\p{L})";
    private const string Prefix = @"(?:by|before|until|till|in|during|through|to)\s+";
    private const string Unit = @"(?<u>days?|weeks?|months?|quarters?|years?)(?!\p{L})";

    public static IEnumerable<DeadlineMatch> FindAll(string folded, DateOnly today)
    {
        foreach (Match m in DayMonth().Matches(folded))
        {
            var year = Year(m);
            var date = year is { } y ? CalendarMath.TryGregorian(y, MonthOf(m), Int(m, "d")) : CalendarMath.NextDayMonth(today, MonthOf(m), Int(m, "d"));
            if (date is { } d)
            {
                yield return new DeadlineMatch(d, m.Index, m.Length);
            }
        }

        foreach (var m in MonthEndWithPrefix().Matches(folded).Concat(MonthYear().Matches(folded)))
        {
            var date = Year(m) is { } y ? CalendarMath.EndOfMonth(y, MonthOf(m)) : CalendarMath.NextMonthEnd(today, MonthOf(m));
            yield return new DeadlineMatch(date, m.Index, m.Length);
        }

        foreach (Match m in Quarter().Matches(folded))
        {
            var quarter = m.Groups["q"].Success ? Int(m, "q") : QuarterWord(m.Groups["qw"].Value);
            var date = Year(m) is { } y ? CalendarMath.EndOfQuarter(y, quarter) : CalendarMath.NextQuarterEnd(today, quarter);
            yield return new DeadlineMatch(date, m.Index, m.Length);
        }

        foreach (Match m in RelativeQuarter().Matches(folded))
        {
            var current = CalendarMath.EndOfQuarter(today.Year, CalendarMath.QuarterOf(today));
            var next = CalendarMath.EndOfMonth(current.AddMonths(3).Year, current.AddMonths(3).Month);
            var date = m.Groups["which"].Value == "next" || current <= today ? next : current;
            yield return new DeadlineMatch(date, m.Index, m.Length);
        }

        foreach (Match m in YearEnd().Matches(folded))
        {
            var year = m.Groups["y"].Success ? Int(m, "y") : m.Groups["next"].Success ? today.Year + 1 : today.Year;
            var date = new DateOnly(year, 12, 31);
            yield return new DeadlineMatch(!m.Groups["y"].Success && date <= today ? date.AddYears(1) : date, m.Index, m.Length);
        }

        foreach (Match m in MonthRelative().Matches(folded))
        {
            var monthEnd = CalendarMath.EndOfMonth(today.Year, today.Month);
            var target = m.Groups["next"].Success || monthEnd <= today ? today.AddMonths(1) : today;
            yield return new DeadlineMatch(CalendarMath.EndOfMonth(target.Year, target.Month), m.Index, m.Length);
        }

        foreach (var m in Span().Matches(folded).Concat(SpanFromNow().Matches(folded)))
        {
            if (NumberWords.Parse(m.Groups["n"].Value) is { } n && n > 0)
            {
                yield return new DeadlineMatch(Add(today, n, m.Groups["u"].Value), m.Index, m.Length);
            }
        }
    }

    private static DateOnly Add(DateOnly today, int n, string unit) => unit.TrimEnd('s') switch
    {
        "day" => today.AddDays(n),
        "week" => today.AddDays(7 * n),
        "month" => today.AddMonths(n),
        "quarter" => today.AddMonths(3 * n),
        _ => today.AddYears(n),
    };

    private static int MonthOf(Match m) => m.Groups["mon"].Value[..3] switch
    {
        "jan" => 1, "feb" => 2, "mar" => 3, "apr" => 4, "may" => 5, "jun" => 6,
        "jul" => 7, "aug" => 8, "sep" => 9, "oct" => 10, "nov" => 11, _ => 12,
    };

    private static int QuarterWord(string word) => word[0] switch
    {
        'f' when word.StartsWith("fi", StringComparison.Ordinal) => 1,
        '1' => 1, 's' or '2' => 2, 't' or '3' => 3, _ => 4,
    };

    private static int? Year(Match m) => m.Groups["y"].Success ? Int(m, "y") : null;

    private static int Int(Match m, string group) => int.Parse(m.Groups[group].Value, CultureInfo.InvariantCulture);

    [GeneratedRegex(B + @"(?<d>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?" + Mon + @"(?:,?\s+(?<y>\d{4}))?"
        + "|" + B + Mon + @"\s+(?<d>\d{1,2})(?:st|nd|rd|th)?(?!\d)(?:,?\s+(?<y>\d{4}))?", RegexOptions.ExplicitCapture)]
    private static partial Regex DayMonth();

    [GeneratedRegex(B + "(?:" + Prefix + @")?(?:(?:the\s+)?(?:end|close)\s+of\s+)" + Mon + @"(?:\s+(?<y>\d{4}))?(?!\s*\d)"
        + "|" + B + Prefix + @"(?:next\s+)?" + Mon + @"(?:\s+(?<y>\d{4}))?(?!\s*\d)", RegexOptions.ExplicitCapture)]
    private static partial Regex MonthEndWithPrefix();

    [GeneratedRegex(B + Mon + @"\s+(?<y>\d{4})(?!\d)", RegexOptions.ExplicitCapture)]
    private static partial Regex MonthYear();

    [GeneratedRegex(B + @"(?:(?:the\s+)?end\s+of\s+)?(?:q(?<q>[1-4])|(?:the\s+)?(?<qw>first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter)(?:\s+(?:of\s+)?(?<y>\d{4}))?(?![\p{L}\d])", RegexOptions.ExplicitCapture)]
    private static partial Regex Quarter();

    [GeneratedRegex(B + @"(?:(?:the\s+)?end\s+of\s+)?(?<which>next|this|the)\s+quarter(?!\p{L})", RegexOptions.ExplicitCapture)]
    private static partial Regex RelativeQuarter();

    [GeneratedRegex(B + @"(?:(?:the\s+)?end\s+of\s+(?:the\s+|this\s+)?year|year[\s-]?end|eoy)(?!\p{L})"
        + "|" + B + @"(?:the\s+)?end\s+of\s+(?<next>next)\s+year"
        + "|" + B + @"(?:the\s+)?end\s+of\s+(?<y>\d{4})(?!\d)"
        + "|" + B + @"(?:by|in|during)\s+(?<y>(?:19|20)\d{2})(?![\d\-/.])", RegexOptions.ExplicitCapture)]
    private static partial Regex YearEnd();

    [GeneratedRegex(B + @"(?:the\s+)?end\s+of\s+(?:the\s+|this\s+)?month(?!\p{L})|" + B + @"(?:the\s+end\s+of\s+)?(?<next>next)\s+month(?!\p{L})", RegexOptions.ExplicitCapture)]
    private static partial Regex MonthRelative();

    [GeneratedRegex(B + @"(?:(?:in|within|over|during|for)\s+(?:the\s+)?(?:next\s+|coming\s+)?|(?:the\s+)?next\s+)(?<n>" + NumberWords.EnglishPattern + @")\s+" + Unit, RegexOptions.ExplicitCapture)]
    private static partial Regex Span();

    [GeneratedRegex(B + @"(?<n>" + NumberWords.EnglishPattern + @")\s+" + Unit + @"\s+from\s+(?:now|today)", RegexOptions.ExplicitCapture)]
    private static partial Regex SpanFromNow();
}
