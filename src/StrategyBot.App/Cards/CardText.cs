using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace StrategyBot.App.Cards;

/// <summary>
/// Makes user text safe to show in a card. Adaptive Card TextBlocks and facts render a markdown subset and Teams
/// turns bare addresses into links, so text a user typed could otherwise become a link, an image or a mention in
/// the bot's own card. Backslash escapes are not used: the mobile renderers' markdown parser does not honour them
/// and would show the backslashes. Instead the characters that start markdown are swapped for look-alikes that no
/// parser reads, and URLs are defanged. Use it for displayed text only, never for an input's value.
/// </summary>
public static partial class CardText
{
    /// <summary>The default cap, in UTF-16 code units, for one piece of user text in a card.</summary>
    public const int DefaultMaxLength = 500;

    /// <summary>Appended when text is cut at the cap.</summary>
    public const string Ellipsis = "…";

    /// <summary>Returns <paramref name="userText"/> with markup and links neutralised, capped at <paramref name="maxLength"/>.</summary>
    public static string Escape(string? userText, int maxLength = DefaultMaxLength)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLength, 1);
        if (string.IsNullOrEmpty(userText))
        {
            return string.Empty;
        }

        var text = StripControls(RepairUtf16(userText));
        text = ExtraBlankLines().Replace(text, "\n\n").Trim();
        text = Truncate(text, maxLength);
        text = NeutraliseMarkdown(text);
        text = HeadingStart().Replace(text, "$1＃");
        return DefangLinks(text);
    }

    /// <summary>
    /// Replaces unpaired surrogates with U+FFFD. System.Text.Json refuses to write invalid UTF-16, so one stray
    /// surrogate in user text would otherwise fail the whole reply.
    /// </summary>
    public static string RepairUtf16(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        StringBuilder? builder = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var paired = char.IsHighSurrogate(c)
                ? i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])
                : !char.IsLowSurrogate(c) || (i > 0 && char.IsHighSurrogate(text[i - 1]));
            if (!paired)
            {
                builder ??= new StringBuilder(text, 0, i, text.Length);
                builder.Append('\uFFFD');
            }
            else
            {
                builder?.Append(c);
            }
        }

        return builder?.ToString() ?? text;
    }

    // Bidi embeddings/overrides (U+202A-U+202E) and isolates (U+2066-U+2069) in user text can flip the rest of the
    // card around ("Trojan Source"-style spoofing); other controls are invisible noise. ZWNJ (U+200C) and ZWJ
    // (U+200D) stay: Persian words and emoji sequences need them.
    private static string StripControls(string text)
    {
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '\r':
                    builder.Append('\n');
                    if (i + 1 < text.Length && text[i + 1] == '\n')
                    {
                        i++;
                    }

                    break;
                case '\n':
                    builder.Append('\n');
                    break;
                case '\t':
                    builder.Append(' ');
                    break;
                case '\u2028' or '\u2029':
                    builder.Append('\n');
                    break;
                case (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069') or '\uFEFF':
                    break;
                default:
                    if (!char.IsControl(c))
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        return builder.ToString();
    }

    private static string Truncate(string text, int maxLength)
    {
        if (text.Length <= maxLength)
        {
            return text;
        }

        // Cut on a grapheme boundary so an emoji or a letter with its marks is never split in half.
        var budget = maxLength - Ellipsis.Length;
        var length = 0;
        while (length < text.Length)
        {
            var next = StringInfo.GetNextTextElementLength(text, length);
            if (length + next > budget)
            {
                break;
            }

            length += next;
        }

        return text[..length].TrimEnd() + Ellipsis;
    }

    private static string NeutraliseMarkdown(string text)
    {
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];

            // An underscore between two letters or digits can neither open nor close emphasis (CommonMark's flanking
            // rules), and it is how hashtags join words (#کافه_تهران): swapping it would make a copied tag a
            // different tag. Only an underscore at a word's edge could start markup.
            if (c == '_' && IsWordCharacter(text, i - 1) && IsWordCharacter(text, i + 1))
            {
                builder.Append(c);
                continue;
            }

            builder.Append(c switch
            {
                '[' => '［',
                ']' => '］',
                '<' => '‹',
                '>' => '›',
                '*' => '∗',
                '_' => 'ˍ',
                '`' => 'ˋ',
                _ => c,
            });
        }

        return builder.ToString();
    }

    // Letters, digits, combining marks (Persian hamza and vowel signs) and the joiners ZWNJ/ZWJ that sit inside Persian
    // words all belong to the word.
    private static bool IsWordCharacter(string text, int index) =>
        index >= 0 && index < text.Length
        && (char.IsLetterOrDigit(text, index)
            || char.GetUnicodeCategory(text, index) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark
            || text[index] is '\u200C' or '\u200D');

    private static string DefangLinks(string text)
    {
        text = text.Replace("://", ":∕∕", StringComparison.Ordinal);
        return DotBeforeLetter().Replace(text, "․");
    }

    [GeneratedRegex(@"\n{3,}")]
    private static partial Regex ExtraBlankLines();

    // "#" opening a line followed by a space or another "#" would be a heading; hashtags (#brand) stay as they are.
    [GeneratedRegex(@"^([ ]{0,3})#(?=[ #]|$)", RegexOptions.Multiline)]
    private static partial Regex HeadingStart();

    // "example.com", "www.x.ir", "a@b.co": a dot between a letter or digit and a letter is how linkifiers find a
    // domain. U+2024 ONE DOT LEADER looks the same and matches nothing. "3.5" and "e.g. this" are unaffected.
    [GeneratedRegex(@"(?<=[\p{L}\p{N}])\.(?=\p{L})")]
    private static partial Regex DotBeforeLetter();
}
