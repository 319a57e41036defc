using StrategyBot.Domain.Text;

namespace StrategyBot.Domain.CheckIns;

/// <summary>Persian labels for ISO weeks, as Jalali date ranges ("۸ تا ۱۴ آذر ۱۴۰۵").</summary>
public static class JalaliWeek
{
    /// <summary>
    /// The Monday–Sunday range in Jalali dates. One month: "۸ تا ۱۴ آذر ۱۴۰۵"; two months: "۲۸ آبان تا ۴ آذر ۱۴۰۵";
    /// two years: "۲۸ اسفند ۱۴۰۴ تا ۴ فروردین ۱۴۰۵".
    /// </summary>
    public static string Label(IsoWeek week, bool persianDigits = true)
    {
        var (startYear, startMonth, startDay) = JalaliDate.ToJalali(week.Monday);
        var (endYear, endMonth, _) = JalaliDate.ToJalali(week.Sunday);
        var end = JalaliDate.Format(week.Sunday, persianDigits);
        string start;
        if (startYear != endYear)
        {
            start = JalaliDate.Format(week.Monday, persianDigits);
        }
        else if (startMonth != endMonth)
        {
            start = JalaliDate.FormatDayMonth(week.Monday, persianDigits);
        }
        else
        {
            var day = startDay.ToString(System.Globalization.CultureInfo.InvariantCulture);
            start = persianDigits ? Digits.ToPersian(day) : day;
        }

        return $"{start} تا {end}";
    }
}
