using System.Globalization;

namespace StrategyBot.App.Tests.EndToEnd;

/// <summary>
/// The week labels a user must read on the check-in cards, worked out here from the ISO week in the card's data with
/// .NET's own calendars (not the app's formatter): Gregorian in English, Jalali with Persian digits in Persian.
/// </summary>
internal static class WeekLabels
{
    private static readonly string[] JalaliMonths =
        ["فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند"];

    private static readonly PersianCalendar Jalali = new();

    /// <summary>The Monday of "2026-W48".</summary>
    public static DateOnly Monday(string isoWeek)
    {
        ArgumentNullException.ThrowIfNull(isoWeek);
        var parts = isoWeek.Split("-W");
        var monday = ISOWeek.ToDateTime(
            int.Parse(parts[0], CultureInfo.InvariantCulture), int.Parse(parts[1], CultureInfo.InvariantCulture), DayOfWeek.Monday);
        return DateOnly.FromDateTime(monday);
    }

    /// <summary>"Sunday 29 November 2026": the last day of the week, as the English label ends.</summary>
    public static string EnglishSunday(string isoWeek) =>
        Monday(isoWeek).AddDays(6).ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    /// <summary>"۳ آذر ۱۴۰۵": the week's Monday in the Jalali calendar with Persian digits.</summary>
    public static string JalaliMonday(string isoWeek)
    {
        var monday = Monday(isoWeek).ToDateTime(TimeOnly.MinValue);
        return string.Create(
            CultureInfo.InvariantCulture,
            $"{ToPersianDigits(Jalali.GetDayOfMonth(monday))} {JalaliMonths[Jalali.GetMonth(monday) - 1]} {ToPersianDigits(Jalali.GetYear(monday))}");
    }

    /// <summary>True when <paramref name="text"/> has at least one Persian digit and no ASCII digit.</summary>
    public static bool HasOnlyPersianDigits(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Any(c => c is >= '۰' and <= '۹') && !text.Any(char.IsAsciiDigit);
    }

    private static string ToPersianDigits(int value) =>
        string.Concat(value.ToString(CultureInfo.InvariantCulture).Select(c => (char)('۰' + (c - '0'))));
}
