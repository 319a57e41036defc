using System.Globalization;
using System.Text;

namespace StrategyBot.BotFramework.State;

/// <summary>
/// Reversible escaping for identifiers that become keys: each character a key may not hold is written as "%" and its
/// four hex digits. The scope key (<see cref="StateScope"/>) and the table keys built from it differ only in which
/// characters they refuse, so both use this one codec with their own rule; "%" itself and lone surrogates (which
/// cannot travel as UTF-8 and would merge distinct keys) are always escaped.
/// </summary>
public static class KeyEscaping
{
    /// <summary>The escape character.</summary>
    public const char EscapeChar = '%';

    /// <summary>
    /// <paramref name="value"/> with every character escaped for which <paramref name="refused"/> is true (and every
    /// "%" and lone surrogate); the same string, not a copy, when nothing needs escaping.
    /// </summary>
    public static string Escape(string value, Func<char, bool> refused)
    {
        ArgumentNullException.ThrowIfNull(value);
        ArgumentNullException.ThrowIfNull(refused);
        var index = 0;
        while (index < value.Length && !MustEscape(value, index, refused))
        {
            index++;
        }

        if (index == value.Length)
        {
            return value;
        }

        var builder = new StringBuilder(value.Length + 8).Append(value, 0, index);
        for (; index < value.Length; index++)
        {
            var c = value[index];
            if (MustEscape(value, index, refused))
            {
                builder.Append(EscapeChar).Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    /// <summary>Reverses <see cref="Escape"/>; a malformed escape throws a <see cref="FormatException"/> naming <paramref name="what"/>.</summary>
    public static string Unescape(string text, string what)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!text.Contains(EscapeChar, StringComparison.Ordinal))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] != EscapeChar)
            {
                builder.Append(text[i]);
                continue;
            }

            if (i + 4 >= text.Length
                || !ushort.TryParse(text.AsSpan(i + 1, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code))
            {
                throw new FormatException($"Malformed escape at position {i} of {what}.");
            }

            builder.Append((char)code);
            i += 4;
        }

        return builder.ToString();
    }

    private static bool MustEscape(string value, int index, Func<char, bool> refused)
    {
        var c = value[index];
        return c == EscapeChar
            || refused(c)
            || (char.IsHighSurrogate(c) && (index + 1 >= value.Length || !char.IsLowSurrogate(value[index + 1])))
            || (char.IsLowSurrogate(c) && (index == 0 || !char.IsHighSurrogate(value[index - 1])));
    }
}
