using StrategyBot.Domain.Text;

namespace StrategyBot.Domain.Smart;

/// <summary>Date arithmetic the deadline parsers share; "next occurrence" always means strictly after today.</summary>
internal static class CalendarMath
{
    public static DateOnly EndOfMonth(int year, int month) => new(year, month, DateTime.DaysInMonth(year, month));

    public static DateOnly EndOfQuarter(int year, int quarter) => EndOfMonth(year, quarter * 3);

    public static int QuarterOf(DateOnly date) => ((date.Month - 1) / 3) + 1;

    public static DateOnly NextMonthEnd(DateOnly today, int month)
    {
        var candidate = EndOfMonth(today.Year, month);
        return candidate > today ? candidate : EndOfMonth(today.Year + 1, month);
    }

    public static DateOnly? NextDayMonth(DateOnly today, int month, int day)
    {
        if (day > DateTime.DaysInMonth(2024, month))
        {
            return null;
        }

        for (var year = today.Year; year <= today.Year + 4; year++)
        {
            if (day <= DateTime.DaysInMonth(year, month) && new DateOnly(year, month, day) > today)
            {
                return new DateOnly(year, month, day);
            }
        }

        return null;
    }

    public static DateOnly NextQuarterEnd(DateOnly today, int quarter)
    {
        var candidate = EndOfQuarter(today.Year, quarter);
        return candidate > today ? candidate : EndOfQuarter(today.Year + 1, quarter);
    }

    public static DateOnly NextJalaliMonthEnd(DateOnly today, int month)
    {
        var (year, _, _) = JalaliDate.ToJalali(today);
        var candidate = JalaliDate.EndOfMonth(year, month);
        return candidate > today ? candidate : JalaliDate.EndOfMonth(year + 1, month);
    }

    public static DateOnly? NextJalaliDayMonth(DateOnly today, int month, int day)
    {
        var (year, _, _) = JalaliDate.ToJalali(today);
        for (var y = year; y <= year + 4; y++)
        {
            if (JalaliDate.TryFromJalali(y, month, day, out var date) && date > today)
            {
                return date;
            }
        }

        return null;
    }

    public static DateOnly? TryGregorian(int year, int month, int day) =>
        month is >= 1 and <= 12 && day >= 1 && year is >= 1 and <= 9999 && day <= DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, day)
            : null;

    public static DateOnly? TryJalali(int year, int month, int day) =>
        JalaliDate.TryFromJalali(year, month, day, out var date) ? date : null;
}
