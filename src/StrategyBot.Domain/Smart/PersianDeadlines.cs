using System.Globalization;
using System.Text.RegularExpressions;
using StrategyBot.Domain.Text;

namespace StrategyBot.Domain.Smart;

/// <summary>Persian deadline expressions over the Jalali calendar: month names, seasons, year end, spans.</summary>
internal static partial class PersianDeadlines
{
    private const string B = @"(?<![\p{L}\d])";
    private const string Month = @"(?<fmon>فروردین|اردیبهشت|خرداد|تیر|امرداد|مرداد|شهریور|مهر|آبان|ابان|آذر|اذر|دی|بهمن|اسفند)(?:\s?ماه)?(?!\p{L})";
    private const string Year = @"(?:\s*(?:سال\s*)?(?<y>1[34]\d\d)(?!\d))?";
    private const string End = @"(?:پایان|آخر|انتهای|اواخر)\s+";
    private const string By = @"(?:تا|قبل\s+از|پیش\s+از)\s+";

    private static readonly string[] Ordinals = ["اول", "دوم", "سوم", "چهارم"];

    public static IEnumerable<DeadlineMatch> FindAll(string folded, DateOnly today)
    {
        var (jalaliYear, jalaliMonth, _) = JalaliDate.ToJalali(today);
        foreach (Match m in DayMonth().Matches(folded))
        {
            var month = MonthOf(m);
            var day = Int(m, "d");
            var date = m.Groups["y"].Success ? CalendarMath.TryJalali(Int(m, "y"), month, day) : CalendarMath.NextJalaliDayMonth(today, month, day);
            if (date is { } d)
            {
                yield return new DeadlineMatch(d, m.Index, m.Length);
            }
        }

        foreach (Match m in MonthEnd().Matches(folded))
        {
            var month = MonthOf(m);
            var date = m.Groups["y"].Success ? JalaliDate.EndOfMonth(Int(m, "y"), month) : CalendarMath.NextJalaliMonthEnd(today, month);
            yield return new DeadlineMatch(date, m.Index, m.Length);
        }

        foreach (Match m in YearEnd().Matches(folded))
        {
            var year = m.Groups["y"].Success ? Int(m, "y") : m.Groups["next"].Success ? jalaliYear + 1 : jalaliYear;
            var date = JalaliDate.EndOfYear(year);
            yield return new DeadlineMatch(!m.Groups["y"].Success && date <= today ? JalaliDate.EndOfYear(year + 1) : date, m.Index, m.Length);
        }

        foreach (Match m in Season().Matches(folded))
        {
            var lastMonth = m.Groups["s"].Success ? SeasonEndMonth(m.Groups["s"].Value) : ((jalaliMonth - 1) / 3 * 3) + 3;
            var date = m.Groups["y"].Success ? JalaliDate.EndOfMonth(Int(m, "y"), lastMonth) : CalendarMath.NextJalaliMonthEnd(today, lastMonth);
            yield return new DeadlineMatch(date, m.Index, m.Length);
        }

        foreach (Match m in Quarter().Matches(folded))
        {
            var lastMonth = 3 * (Array.IndexOf(Ordinals, m.Groups["q"].Value) + 1);
            var date = m.Groups["y"].Success ? JalaliDate.EndOfMonth(Int(m, "y"), lastMonth) : CalendarMath.NextJalaliMonthEnd(today, lastMonth);
            yield return new DeadlineMatch(date, m.Index, m.Length);
        }

        foreach (Match m in MonthRelative().Matches(folded))
        {
            var (y, month) = m.Groups["next"].Success ? (jalaliMonth == 12 ? (jalaliYear + 1, 1) : (jalaliYear, jalaliMonth + 1)) : (jalaliYear, jalaliMonth);
            yield return new DeadlineMatch(JalaliDate.EndOfMonth(y, month), m.Index, m.Length);
        }

        foreach (Match m in Span().Matches(folded))
        {
            if (NumberWords.Parse(m.Groups["n"].Value) is { } n && n > 0)
            {
                yield return new DeadlineMatch(Add(today, n, m.Groups["u"].Value), m.Index, m.Length);
            }
        }

        foreach (Match m in Nowruz().Matches(folded))
        {
            var year = m.Groups["y"].Success ? Int(m, "y") : jalaliYear + 1;
            yield return new DeadlineMatch(JalaliDate.FromJalali(year, 1, 1), m.Index, m.Length);
        }
    }

    private static DateOnly Add(DateOnly today, int n, string unit) => unit switch
    {
        "روز" => today.AddDays(n),
        "هفته" => today.AddDays(7 * n),
        "ماه" => today.AddMonths(n),
        "فصل" => today.AddMonths(3 * n),
        _ => today.AddYears(n),
    };

    private static int MonthOf(Match m) =>
        JalaliDate.TryParseMonth(m.Groups["fmon"].Value, out var month) ? month : throw new InvalidOperationException(m.Value);

    private static int SeasonEndMonth(string season) => season switch
    {
        "بهار" => 3,
        "تابستان" => 6,
        "پاییز" or "پائیز" => 9,
        _ => 12,
    };

    private static int Int(Match m, string group) => int.Parse(m.Groups[group].Value, CultureInfo.InvariantCulture);

    [GeneratedRegex(B + @"(?<d>\d{1,2})\s*(?:ام|م)?\s*" + Month + Year, RegexOptions.ExplicitCapture)]
    private static partial Regex DayMonth();

    // A bare "مهر", "دی" or "تیر" is an ordinary word, so a month name counts only after "تا"/"پایان" or before a year.
    [GeneratedRegex(B + "(?:" + By + "(?:" + End + ")?|" + End + @")(?:ماه\s+)?" + Month + Year
        + "|" + B + Month + @"\s*(?:سال\s*)?(?<y>1[34]\d\d)(?!\d)", RegexOptions.ExplicitCapture)]
    private static partial Regex MonthEnd();

    [GeneratedRegex(B + "(?:" + By + ")?" + End + @"(?:سال(?:\s+(?:جاری|مالی|فعلی))?|امسال)(?!\s*(?:سال\s*)?\d)(?!\s+(?:بعد|آینده))(?!\p{L})"
        + "|" + B + "(?:" + By + ")?" + End + @"سال\s+(?<next>بعد|آینده)(?!\p{L})"
        + "|" + B + "(?:" + By + ")?" + End + @"(?:سال\s+)?(?<y>1[34]\d\d)(?![\d/\-.])"
        + "|" + B + @"(?:تا|در)\s+سال\s+(?<y>1[34]\d\d)(?![\d/\-.])", RegexOptions.ExplicitCapture)]
    private static partial Regex YearEnd();

    [GeneratedRegex(B + "(?:" + By + ")?" + End + @"(?:فصل\s+)?(?<s>بهار|تابستان|پاییز|پائیز|زمستان)(?!\p{L})(?:\s*(?:سال\s*)?(?<y>1[34]\d\d)(?!\d))?"
        + "|" + B + "(?:" + By + ")?" + End + @"(?:این\s+)?فصل(?:\s+(?:جاری|فعلی))?(?!\p{L})", RegexOptions.ExplicitCapture)]
    private static partial Regex Season();

    [GeneratedRegex(B + @"(?:(?:تا|در)\s+)?(?:" + End + @")?(?:سه\s*ماهه|فصل)\s+(?<q>اول|دوم|سوم|چهارم)(?!\p{L})(?:\s+(?:سال\s+)?(?<y>1[34]\d\d)(?!\d))?", RegexOptions.ExplicitCapture)]
    private static partial Regex Quarter();

    [GeneratedRegex(B + "(?:" + By + ")?" + End + @"(?:این\s+|همین\s+)?ماه(?:\s+(?:جاری|فعلی)|\s+(?<next>آینده|بعد))?(?!\p{L})", RegexOptions.ExplicitCapture)]
    private static partial Regex MonthRelative();

    [GeneratedRegex(B + @"(?:(?:ظرف|طی|در\s+طول|در\s+عرض|عرض|در|تا)\s+(?:مدت\s+)?)?(?<n>" + NumberWords.PersianPattern + @")\s*(?<u>روز|هفته|ماه|فصل|سال)(?!\p{L})(?:\s+(?:آینده|آتی|بعد|دیگر))?", RegexOptions.ExplicitCapture)]
    private static partial Regex Span();

    // «تا عید» alone means Nowruz to Iranian marketers; the religious Eids are named («عید فطر»).
    [GeneratedRegex(B + @"(?:تا\s+)?(?:عید\s+)?نوروز(?!\p{L})(?:\s*(?<y>1[34]\d\d)(?!\d))?|" + B + @"تا\s+عید(?!\p{L})(?!\s+(?:فطر|قربان|غدیر|پاک|کریسمس))", RegexOptions.ExplicitCapture)]
    private static partial Regex Nowruz();
}
