using System.Globalization;

namespace StrategyBot.App.Localization;

/// <summary>
/// Numbers, percentages, money, dates and times as a reader of each language expects them. Persian gets Persian
/// digits and separators, the percent sign after the number ("۲۰٪", as Persian writers put it), and Jalali dates with the Gregorian date beside them.
/// The output never depends on the machine's culture or ICU data.
/// </summary>
public static class LocalFormat
{
    private static readonly PersianCalendar Jalali = new();

    /// <summary>A number with thousands separators and at most <paramref name="maxDecimals"/> decimals.</summary>
    public static string Number(Language language, decimal value, int maxDecimals = 2)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(maxDecimals);
        return Pattern(language, value, maxDecimals == 0 ? "#,0" : "#,0." + new string('#', maxDecimals));
    }

    /// <summary>A percentage given in percent units (20 means 20 %): "20%" or "۲۰٪", the sign after the number in both.</summary>
    public static string Percent(Language language, decimal percent, int maxDecimals = 1)
    {
        var number = Number(language, percent, maxDecimals);
        return language == Language.Persian ? number + PersianDigits.PercentSign : number + "%";
    }

    /// <summary>
    /// An amount in the user's currency: "1,500 USD", or "۱۵۰٬۰۰۰ تومان" in Persian when the currency has a
    /// Persian name. Fractions are shown only when the amount has one.
    /// </summary>
    public static string Currency(Language language, decimal amount, string currencyCode)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(currencyCode);
        var number = Pattern(language, amount, decimal.Truncate(amount) == amount ? "#,0" : "#,0.00");
        var code = currencyCode.Trim().ToUpperInvariant();
        if (language == Language.Persian)
        {
            var name = PersianNames.Currency(code);
            return name is null ? number + " " + BidiMarks.KeepLeftToRight(code) : number + " " + name;
        }

        return code is "IRT" or "TOMAN" ? number + " toman" : number + " " + code;
    }

    /// <summary>"21 June 2027", or "۳۱ خرداد ۱۴۰۶ (21 June 2027)" in Persian (with LRMs around the Gregorian part).</summary>
    public static string Date(Language language, DateOnly date)
    {
        var gregorian = date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);
        return language == Language.Persian
            ? JalaliDate(date) + " " + BidiMarks.Parenthesised(gregorian)
            : gregorian;
    }

    /// <summary>The Jalali date alone in Persian words and digits: "۳۱ خرداد ۱۴۰۶".</summary>
    public static string JalaliDate(DateOnly date)
    {
        var dateTime = date.ToDateTime(TimeOnly.MinValue);
        var day = Jalali.GetDayOfMonth(dateTime).ToString(CultureInfo.InvariantCulture);
        var year = Jalali.GetYear(dateTime).ToString(CultureInfo.InvariantCulture);
        return PersianDigits.ToPersian(day) + " " + PersianNames.JalaliMonth(Jalali.GetMonth(dateTime)) + " "
            + PersianDigits.ToPersian(year);
    }

    /// <summary>
    /// A persona's age band as the plan stores it ("25-34", "under-18", "65+"): as stored in English, in Persian
    /// words and digits ("۲۵ تا ۳۴") in Persian. Anything else the user typed keeps its words, with Persian digits.
    /// </summary>
    public static string AgeBand(Language language, string band)
    {
        ArgumentNullException.ThrowIfNull(band);
        if (language != Language.Persian)
        {
            return band;
        }

        // The parts stay strings, so Texts.Format passes them through and the digits are converted once, below.
        var words = band switch
        {
            _ when band.StartsWith("under-", StringComparison.Ordinal) => Texts.Format(language, TextKey.AgeBandUnder, band["under-".Length..]),
            _ when band.EndsWith('+') => Texts.Format(language, TextKey.AgeBandAndOver, band[..^1]),
            _ when band.Split('-') is [var from, var to] => Texts.Format(language, TextKey.AgeBandRange, from, to),
            _ => band,
        };
        return PersianDigits.ToPersian(words);
    }

    /// <summary>A 24-hour clock time: "09:00" or "۰۹:۰۰".</summary>
    public static string Time(Language language, TimeOnly time)
    {
        var latin = time.ToString("HH:mm", CultureInfo.InvariantCulture);
        return language == Language.Persian ? PersianDigits.ToPersian(latin) : latin;
    }

    /// <summary>The weekday name: "Monday" or "دوشنبه".</summary>
    public static string Weekday(Language language, DayOfWeek day) =>
        language == Language.Persian ? PersianNames.Weekday(day) : day.ToString();

    /// <summary>
    /// A local moment such as the next check-in: "Monday 21 June 2027, 09:00", or
    /// "دوشنبه ۳۱ خرداد ۱۴۰۶ (21 June 2027)، ساعت ۰۹:۰۰". The value is shown in its own offset, so pass it
    /// already converted to the user's time zone.
    /// </summary>
    public static string DateAndTime(Language language, DateTimeOffset localTime)
    {
        var date = DateOnly.FromDateTime(localTime.DateTime);
        var time = Time(language, TimeOnly.FromDateTime(localTime.DateTime));
        var weekday = Weekday(language, localTime.DayOfWeek);
        return Texts.Format(language, TextKey.DateAndTime, weekday, Date(language, date), time);
    }

    private static string Pattern(Language language, decimal value, string pattern)
    {
        var latin = value.ToString(pattern, CultureInfo.InvariantCulture);
        return language == Language.Persian ? PersianNumber(latin) : latin;
    }

    private static string PersianNumber(string latin)
    {
        var persian = PersianDigits.ToPersian(latin)
            .Replace(',', PersianDigits.GroupSeparator)
            .Replace('.', PersianDigits.DecimalSeparator);

        // A leading minus between Persian words would otherwise be placed on the far side of the number.
        return persian.StartsWith('-') ? BidiMarks.LeftToRight + persian : persian;
    }
}
