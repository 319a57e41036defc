using System.Globalization;

namespace StrategyBot.Domain.Text;

/// <summary>Jalali (Solar Hijri) calendar helpers over <see cref="PersianCalendar"/>, for Persian display and input.</summary>
public static class JalaliDate
{
    private static readonly PersianCalendar Calendar = new();

    public static IReadOnlyList<string> MonthNames { get; } =
        ["فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند"];

    public static IReadOnlyList<string> LatinMonthNames { get; } =
        ["Farvardin", "Ordibehesht", "Khordad", "Tir", "Mordad", "Shahrivar", "Mehr", "Aban", "Azar", "Dey", "Bahman", "Esfand"];

    private static readonly Dictionary<string, int> MonthLookup = BuildMonthLookup();

    public static (int Year, int Month, int Day) ToJalali(DateOnly date)
    {
        var dateTime = date.ToDateTime(TimeOnly.MinValue);
        return (Calendar.GetYear(dateTime), Calendar.GetMonth(dateTime), Calendar.GetDayOfMonth(dateTime));
    }

    public static DateOnly FromJalali(int year, int month, int day) => DateOnly.FromDateTime(Calendar.ToDateTime(year, month, day, 0, 0, 0, 0));

    public static bool TryFromJalali(int year, int month, int day, out DateOnly date)
    {
        date = default;
        if (year is < 1 or > 9377 || month is < 1 or > 12 || day < 1 || day > Calendar.GetDaysInMonth(year, month))
        {
            return false;
        }

        date = FromJalali(year, month, day);
        return true;
    }

    public static int DaysInMonth(int year, int month) => Calendar.GetDaysInMonth(year, month);

    public static DateOnly EndOfMonth(int year, int month) => FromJalali(year, month, DaysInMonth(year, month));

    /// <summary>The last day of Esfand: the 29th, or the 30th in a leap year.</summary>
    public static DateOnly EndOfYear(int year) => EndOfMonth(year, 12);

    /// <summary>"۳۱ خرداد ۱۴۰۶"; with <paramref name="persianDigits"/> false, "31 خرداد 1406".</summary>
    public static string Format(DateOnly date, bool persianDigits = true)
    {
        var (year, month, day) = ToJalali(date);
        var text = string.Create(CultureInfo.InvariantCulture, $"{day} {MonthNames[month - 1]} {year}");
        return persianDigits ? Digits.ToPersian(text) : text;
    }

    /// <summary>"۳۱ خرداد" without the year, for ranges inside one year.</summary>
    public static string FormatDayMonth(DateOnly date, bool persianDigits = true)
    {
        var (_, month, day) = ToJalali(date);
        var text = string.Create(CultureInfo.InvariantCulture, $"{day} {MonthNames[month - 1]}");
        return persianDigits ? Digits.ToPersian(text) : text;
    }

    /// <summary>Recognises a Jalali month by its Persian name (Arabic letter forms allowed) or transliteration.</summary>
    public static bool TryParseMonth(string? name, out int month)
    {
        month = 0;
        return !string.IsNullOrWhiteSpace(name) && MonthLookup.TryGetValue(TextNormalizer.ForMatching(name.Trim()), out month);
    }

    private static Dictionary<string, int> BuildMonthLookup()
    {
        var lookup = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < 12; i++)
        {
            lookup[MonthNames[i]] = i + 1;
            lookup[LatinMonthNames[i].ToLowerInvariant()] = i + 1;
        }

        lookup["امرداد"] = 5;
        lookup["ابان"] = 8;
        lookup["اذر"] = 9;
        return lookup;
    }
}
