namespace StrategyBot.App.Localization;

/// <summary>Jalali month names, weekday names and currency names in Persian.</summary>
public static class PersianNames
{
    private static readonly string[] Months =
    [
        "فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور",
        "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند",
    ];

    // Indexed by DayOfWeek, which starts at Sunday.
    private static readonly string[] Weekdays =
    [
        "یکشنبه", "دوشنبه", "سه‌شنبه", "چهارشنبه", "پنجشنبه", "جمعه", "شنبه",
    ];

    /// <summary>The Jalali month name for month 1 (Farvardin) to 12 (Esfand).</summary>
    public static string JalaliMonth(int month)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(month, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(month, 12);
        return Months[month - 1];
    }

    /// <summary>The Persian weekday name.</summary>
    public static string Weekday(DayOfWeek day) => Weekdays[(int)day];

    /// <summary>
    /// The Persian name of a currency code, or null when there is none to use. "IRT" is not an ISO code but is how
    /// Iranian businesses write toman, so it is accepted beside "IRR" (rial).
    /// </summary>
    public static string? Currency(string code) => code.ToUpperInvariant() switch
    {
        "IRR" => "ریال",
        "IRT" or "TOMAN" => "تومان",
        "USD" => "دلار",
        "EUR" => "یورو",
        "GBP" => "پوند",
        "AED" => "درهم",
        "TRY" => "لیر",
        "CAD" => "دلار کانادا",
        "AUD" => "دلار استرالیا",
        _ => null,
    };
}
