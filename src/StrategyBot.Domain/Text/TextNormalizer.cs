namespace StrategyBot.Domain.Text;

/// <summary>Folds user text into one form for keyword matching, keeping every index in place.</summary>
public static class TextNormalizer
{
    private const char ZeroWidthNonJoiner = '\u200C';

    /// <summary>
    /// ASCII digits, lower case, Arabic kaf/yeh folded to their Persian forms, the Arabic comma as ',', and
    /// zero-width non-joiners and no-break spaces turned into spaces (Persian writers use "دنبال‌کننده" and "دنبال کننده" alike).
    /// The result has the same length as the input.
    /// </summary>
    public static string ForMatching(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return string.Create(text.Length, text, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                span[i] = Fold(Digits.NormalizeChar(source[i]));
            }
        });
    }

    public static bool ContainsPersian(string text) => text.Any(c => c is >= '\u0600' and <= '\u06FF' or >= '\uFB50' and <= '\uFDFF');

    private static char Fold(char c) => c switch
    {
        '\u0643' => '\u06A9',
        '\u064A' or '\u0649' => '\u06CC',
        ZeroWidthNonJoiner or '\u00A0' or '\u200F' or '\u200E' => ' ',

        // The Arabic comma: Persian writers use it between words and, typed on a Persian keyboard, between digit
        // groups ("۱۲،۰۰۰"), where it must read as the thousands separator.
        '\u060C' => ',',
        _ => char.ToLowerInvariant(c),
    };
}
