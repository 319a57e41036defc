using System.Text;

namespace StrategyBot.App.Localization;

/// <summary>Converts between Latin digits and the Persian (and Arabic-Indic) digit sets.</summary>
public static class PersianDigits
{
    /// <summary>Persian thousands separator (U+066C ARABIC THOUSANDS SEPARATOR), as fa-IR uses it.</summary>
    public const char GroupSeparator = '\u066C';

    /// <summary>Persian decimal separator (U+066B ARABIC DECIMAL SEPARATOR).</summary>
    public const char DecimalSeparator = '\u066B';

    /// <summary>Persian percent sign (U+066A ARABIC PERCENT SIGN).</summary>
    public const char PercentSign = '\u066A';

    private const char PersianZero = '\u06F0';
    private const char ArabicIndicZero = '\u0660';

    /// <summary>Replaces 0-9 with ۰-۹; everything else is kept.</summary>
    public static string ToPersian(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            builder.Append(c is >= '0' and <= '9' ? (char)(PersianZero + (c - '0')) : c);
        }

        return builder.ToString();
    }

    /// <summary>
    /// Replaces Persian (۰-۹) and Arabic-Indic (٠-٩) digits with 0-9 and the Persian decimal and thousands
    /// separators with "." and ",", so typed or submitted numbers parse with the invariant culture.
    /// </summary>
    public static string ToLatin(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                >= PersianZero and <= '\u06F9' => (char)('0' + (c - PersianZero)),
                >= ArabicIndicZero and <= '\u0669' => (char)('0' + (c - ArabicIndicZero)),
                DecimalSeparator => '.',
                GroupSeparator => ',',
                PercentSign => '%',
                _ => c,
            });
        }

        return builder.ToString();
    }
}
