using System.Globalization;
using System.Text;

namespace StrategyBot.BotFramework.Dialogs.Prompts;

/// <summary>
/// Normalises what users type before recognisers look at it: Persian (U+06F0..) and Arabic-Indic (U+0660..)
/// digits become ASCII, the Arabic yeh and kaf that many keyboards produce become their Persian forms, the
/// zero-width non-joiner becomes a space, control characters vanish and case is folded.
/// </summary>
internal static class InputText
{
    /// <summary>Longer answers are not a number, date or choice; recognisers give up rather than scan them.</summary>
    public const int MaxRecognizedLength = 256;

    public static string ToAsciiDigits(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                >= '\u06F0' and <= '\u06F9' => (char)('0' + (c - '\u06F0')),
                >= '\u0660' and <= '\u0669' => (char)('0' + (c - '\u0660')),
                _ => c,
            });
        }

        return builder.ToString();
    }

    /// <summary>
    /// A list item's number as the question's language writes it: Persian digits for Persian ("۱. …"), else ASCII. The
    /// recognisers read either form back (<see cref="ToAsciiDigits"/>), so a user can type what they see.
    /// </summary>
    public static string ListNumber(int number, string? locale)
    {
        var ascii = number.ToString(CultureInfo.InvariantCulture);
        if (locale is null || !(locale.Equals("fa", StringComparison.OrdinalIgnoreCase) || locale.StartsWith("fa-", StringComparison.OrdinalIgnoreCase)))
        {
            return ascii;
        }

        return string.Create(ascii.Length, ascii, static (span, digits) =>
        {
            for (var i = 0; i < digits.Length; i++)
            {
                span[i] = (char)('\u06F0' + (digits[i] - '0'));
            }
        });
    }

    /// <summary>Removes control characters except line breaks and tabs.</summary>
    public static string StripControl(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (!char.IsControl(c) || c is '\n' or '\r' or '\t')
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    /// <summary>Trims whitespace and invisible format characters (direction marks, zero-width joiners, BOM) at both ends.</summary>
    public static string TrimInvisible(string text)
    {
        static bool Invisible(char c) =>
            char.IsWhiteSpace(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format;

        var start = 0;
        var end = text.Length;
        while (start < end && Invisible(text[start]))
        {
            start++;
        }

        while (end > start && Invisible(text[end - 1]))
        {
            end--;
        }

        return text[start..end];
    }

    /// <summary>The comparable form: ASCII digits, Persian letters, lower case, single spaces, no trailing punctuation.</summary>
    public static string Fold(string text)
    {
        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var raw in ToAsciiDigits(text))
        {
            var c = raw switch
            {
                '\u064A' => '\u06CC',
                '\u0649' => '\u06CC',
                '\u0643' => '\u06A9',
                _ => raw,
            };
            if (char.IsWhiteSpace(c) || c == '\u200C' || char.IsControl(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(char.ToLower(c, CultureInfo.InvariantCulture));
        }

        return builder.ToString().TrimEnd('.', '!', '?', '\u061F', ',', '\u060C', ';', ':', ' ');
    }
}
