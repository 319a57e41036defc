using System.Globalization;
using StrategyBot.App.Localization;
using StrategyBot.Domain.CheckIns;

namespace StrategyBot.App.CheckIns;

/// <summary>How weeks and moments of the check-ins are written: Gregorian in English, Jalali in Persian.</summary>
internal static class CheckInFormat
{
    private static readonly PersianCalendar Jalali = new();

    /// <summary>"8 to 14 March 2027", or "هفتهٔ ۱۷ اسفند ۱۴۰۵ تا ۲۳ اسفند ۱۴۰۵".</summary>
    public static string Week(Language language, IsoWeek week) => language == Language.Persian
        ? Texts.Format(language, CheckInText.WeekLabel, LocalFormat.JalaliDate(week.Monday), LocalFormat.JalaliDate(week.Sunday))
        : Texts.Format(
            language,
            CheckInText.WeekLabel,
            week.Monday.ToString(week.Monday.Month == week.Sunday.Month ? "%d" : "d MMMM", CultureInfo.InvariantCulture),
            week.Sunday.ToString("d MMMM yyyy", CultureInfo.InvariantCulture));

    /// <summary>A chart label for the week's Monday: "8 Mar", or the Jalali "۱۲/۱۷" (digits only: the chart cannot shape Persian words).</summary>
    public static string ChartLabel(Language language, IsoWeek week)
    {
        if (language != Language.Persian)
        {
            return week.Monday.ToString("d MMM", CultureInfo.InvariantCulture);
        }

        var monday = week.Monday.ToDateTime(TimeOnly.MinValue);
        return PersianDigits.ToPersian(string.Create(
            CultureInfo.InvariantCulture, $"{Jalali.GetMonth(monday):D2}/{Jalali.GetDayOfMonth(monday):D2}"));
    }

    /// <summary>A UTC moment shown in the slot's zone: "Monday 8 March 2027, 09:00 (Europe/Berlin)".</summary>
    public static string Moment(Language language, DateTimeOffset utc, WeeklySlot slot)
    {
        ArgumentNullException.ThrowIfNull(slot);
        var local = TimeZoneInfo.ConvertTime(utc, slot.Zone);
        return LocalFormat.DateAndTime(language, local);
    }
}
