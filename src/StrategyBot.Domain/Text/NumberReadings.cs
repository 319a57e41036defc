using System.Globalization;
using System.Text.RegularExpressions;

namespace StrategyBot.Domain.Text;

/// <summary>
/// The two readings of a typed number that the writer's convention decides, so a question can ask which was meant
/// instead of guessing: "12.000" (twelve thousand where a dot groups thousands, or twelve), «۱۲.۵۰۰» (12,500 or 12.5),
/// "1,5" (one and a half where a comma marks decimals, or fifteen). "12,000", "1.5", "12.5k" and "۱۲٬۰۰۰" have one
/// reading and get none here.
/// </summary>
public static partial class NumberReadings
{
    /// <summary>The number of an answer that holds one number with two readings; null when it has one reading or several numbers.</summary>
    public static AmbiguousNumber? Of(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > 200)
        {
            return null;
        }

        if (QuantityParser.FindAll(text) is [{ Quantity: { Alternative: { } grouped, IsRange: false, Kind: QuantityKind.Number } dotted } only] && !RunsOn(text, only.Index + only.Length))
        {
            return new AmbiguousNumber(only.Index, only.Length, grouped, dotted.Value);
        }

        // Digits.Normalize keeps every character in its place, so the match's position is the text's own.
        var digits = Digits.Normalize(text);
        var comma = DecimalComma().Matches(digits);
        if (comma is not [var match] || digits.Where((c, i) => char.IsAsciiDigit(c) && (i < match.Index || i >= match.Index + match.Length)).Any())
        {
            return null;
        }

        var whole = match.Groups["whole"].Value;
        var fraction = match.Groups["fraction"].Value;
        return new AmbiguousNumber(
            match.Index,
            match.Length,
            decimal.Parse(whole + "." + fraction, CultureInfo.InvariantCulture),
            decimal.Parse(whole + fraction, CultureInfo.InvariantCulture));
    }

    // "12.500.000" read as far as "12.500": a second group follows, so the dots group thousands and there is one reading.
    private static bool RunsOn(string text, int end) =>
        end + 1 < text.Length && text[end] is '.' or ',' or '\u066B' or '\u066C' && char.IsDigit(Digits.NormalizeChar(text[end + 1]));

    // A comma followed by one or two digits cannot group thousands: it is a decimal comma, or a slip.
    [GeneratedRegex(@"(?<![\d.,])(?<whole>\d{1,3}),(?<fraction>\d{1,2})(?![\d.,])", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex DecimalComma();
}
