using System.Text;

namespace StrategyBot.Domain.Text;

/// <summary>Converts between Persian/Arabic-Indic and ASCII digits and number punctuation.</summary>
public static class Digits
{
    private const char PersianZero = '\u06F0';
    private const char ArabicIndicZero = '\u0660';
    private const char ArabicDecimalSeparator = '\u066B';
    private const char ArabicThousandsSeparator = '\u066C';
    private const char ArabicPercent = '\u066A';

    /// <summary>
    /// Maps Persian and Arabic-Indic digits, the Arabic decimal and thousands separators and the Arabic
    /// percent sign to ASCII. Every character maps to exactly one character, so indexes into the result
    /// are indexes into the input.
    /// </summary>
    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return string.Create(text.Length, text, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                span[i] = NormalizeChar(source[i]);
            }
        });
    }

    public static char NormalizeChar(char c) => c switch
    {
        >= PersianZero and <= '\u06F9' => (char)('0' + (c - PersianZero)),
        >= ArabicIndicZero and <= '\u0669' => (char)('0' + (c - ArabicIndicZero)),
        ArabicDecimalSeparator => '.',
        ArabicThousandsSeparator => ',',
        ArabicPercent => '%',
        _ => c,
    };

    /// <summary>
    /// Writes ASCII digits as Persian digits; a '.' or ',' between two digits becomes the Persian decimal or
    /// thousands separator, and '%' becomes '٪'.
    /// </summary>
    public static string ToPersian(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var betweenDigits = i > 0 && i < text.Length - 1 && char.IsAsciiDigit(text[i - 1]) && char.IsAsciiDigit(text[i + 1]);
            builder.Append(c switch
            {
                >= '0' and <= '9' => (char)(PersianZero + (c - '0')),
                '.' when betweenDigits => ArabicDecimalSeparator,
                ',' when betweenDigits => ArabicThousandsSeparator,
                '%' => ArabicPercent,
                _ => c,
            });
        }

        return builder.ToString();
    }

    public static bool HasNonAsciiDigits(string text) =>
        text.Any(c => c is >= PersianZero and <= '\u06F9' or >= ArabicIndicZero and <= '\u0669');
}
