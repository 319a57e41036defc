using System.Globalization;
using System.Text.RegularExpressions;

namespace StrategyBot.Domain.Text;

/// <summary>
/// Reads quantities in English and Persian: "20%", "٪۲۰", "۲۰٪", "20 percent", "۲۰ درصد", "10k", "1.5m",
/// "90 million", "2 billion", "12,000", "۱۲٬۰۰۰", "۱۰ هزار", "۴ هزار و ۵۰۰", numbers as words ("two thousand",
/// «سه هزار», «صد و پنجاه»), "double", "triple", "دو برابر", "x2"; the currency written beside a number ("$500",
/// "90 million toman"); and ranges ("5–10k", "between 50 and 80", «بین ۵۰ تا ۸۰»).
/// </summary>
public static partial class QuantityParser
{
    private const string Number = @"(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)";

    // In free text a lone small number word ("three reels", «دو پست») is a count of something else, as in "3 reels";
    // from thirteen up, or with a scale or a percent, it is a quantity worth reading.
    private const decimal SmallestFreeWordNumber = 13m;

    /// <summary>
    /// Parses text that is one quantity and nothing else: surrounding spaces, a leading '+' and a currency before
    /// or after are allowed; so is a range of two quantities ("5-10k", "5 to 10k", "between 5 and 10k").
    /// </summary>
    public static bool TryParse(string? text, out Quantity quantity)
    {
        quantity = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var folded = TextNormalizer.ForMatching(text).Trim().TrimStart('+').Trim();
        var leading = CurrencyWords.LeadingLength(folded);
        var currency = leading > 0 ? CurrencyWords.Code(folded[..leading].Trim()) : null;
        folded = folded[leading..];
        var trailing = CurrencyWords.TrailingLength(folded);
        currency ??= trailing > 0 ? CurrencyWords.Code(folded[^trailing..].Trim()) : null;
        folded = folded[..^trailing].Trim();

        if (!TryParseOne(folded, wholeAnswer: true, out quantity) && !QuantityRanges.TryParse(folded, out quantity))
        {
            return false;
        }

        quantity = quantity with { Currency = quantity.Currency ?? currency };
        return true;
    }

    /// <summary>Every quantity in free text, in order; positions are the text's own.</summary>
    public static IReadOnlyList<QuantityMatch> FindAll(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var folded = TextNormalizer.ForMatching(text);
        var found = new List<QuantityMatch>();
        foreach (Match match in QuantityPattern().Matches(folded))
        {
            if (Read(match, wholeAnswer: false) is { } quantity)
            {
                var before = folded[Math.Max(0, match.Index - 6)..match.Index];
                var after = folded[(match.Index + match.Length)..Math.Min(folded.Length, match.Index + match.Length + 8)];
                var currency = CurrencyWords.Before(before) ?? CurrencyWords.After(after);
                found.Add(new QuantityMatch(match.Index, match.Length, quantity with { Currency = currency }));
            }
        }

        return QuantityRanges.Merge(folded, found);
    }

    /// <summary>One quantity that is all of <paramref name="folded"/> (already normalised and trimmed).</summary>
    internal static bool TryParseOne(string folded, bool wholeAnswer, out Quantity quantity)
    {
        quantity = default;
        var match = QuantityPattern().Match(folded);
        if (!match.Success || match.Index != 0 || match.Length != folded.Length || Read(match, wholeAnswer) is not { } read)
        {
            return false;
        }

        quantity = read;
        return true;
    }

    // A number past decimal's range (about 29 digits, or a scale word on a huge one) is no quantity anyone means:
    // it is read as no number, so the question is asked again instead of the turn failing.
    private static Quantity? Read(Match match, bool wholeAnswer)
    {
        try
        {
            return ReadUnchecked(match, wholeAnswer);
        }
        catch (OverflowException)
        {
            return null;
        }
    }

    private static Quantity? ReadUnchecked(Match match, bool wholeAnswer)
    {
        if (match.Groups["word"].Success)
        {
            return new Quantity(MultiplierWord(match.Groups["word"].Value), QuantityKind.Multiplier);
        }

        var percent = match.Groups["pct"].Success ? QuantityKind.Percent : QuantityKind.Number;
        if (match.Groups["words"].Success)
        {
            if (!NumberWordReader.TryRead(match.Groups["words"].Value, out var spelled, out var hasScale))
            {
                return null;
            }

            var small = spelled < SmallestFreeWordNumber && !hasScale && percent == QuantityKind.Number;
            return small && !wholeAnswer ? null : new Quantity(spelled, percent);
        }

        var value = decimal.Parse(match.Groups["n"].Value.Replace(",", "", StringComparison.Ordinal), NumberStyles.Number, CultureInfo.InvariantCulture);
        if (match.Groups["mult"].Success)
        {
            return new Quantity(value, QuantityKind.Multiplier);
        }

        value *= Scale(match.Groups["scale"].Value);
        if (match.Groups["n2"].Success)
        {
            var rest = decimal.Parse(match.Groups["n2"].Value.Replace(",", "", StringComparison.Ordinal), NumberStyles.Number, CultureInfo.InvariantCulture);
            value += rest * Scale(match.Groups["scale2"].Value);
        }

        return new Quantity(value, percent) { Alternative = DottedThousands(match) };
    }

    // "12.000" and "1.500" are twelve thousand and fifteen hundred where a dot groups thousands (Persian and
    // European writers often do); "1.5m" or "12.5" are not ambiguous.
    private static decimal? DottedThousands(Match match)
    {
        var digits = match.Groups["n"].Value;
        return !match.Groups["scale"].Success && !match.Groups["pct"].Success && DottedThousandsShape().IsMatch(digits)
            ? decimal.Parse(digits.Replace(".", "", StringComparison.Ordinal), NumberStyles.None, CultureInfo.InvariantCulture)
            : null;
    }

    private static decimal Scale(string scale) => scale switch
    {
        "k" or "thousand" or "هزار" => 1_000m,
        "m" or "mn" or "mil" or "million" or "میلیون" => 1_000_000m,
        "bn" or "billion" or "میلیارد" => 1_000_000_000m,
        _ => 1m,
    };

    private static decimal MultiplierWord(string word) => word switch
    {
        "double" or "twice" or "دو" => 2m,
        "triple" or "سه" => 3m,
        "quadruple" or "چهار" => 4m,
        "پنج" => 5m,
        "tenfold" or "ده" => 10m,
        _ => throw new ArgumentOutOfRangeException(nameof(word), word, null),
    };

    [GeneratedRegex(
        @"(?<![\p{L}\d.,])(?:"
        + @"%\s?(?<n>" + Number + @")(?<pct>)"
        + @"|(?<word>double|twice|triple|quadruple|tenfold)(?!\p{L})"
        + @"|(?<word>دو|سه|چهار|پنج|ده)\s?برابر"
        + @"|(?<n>" + Number + @")\s?(?:برابر|x(?![\p{L}\d]))(?<mult>)"
        + @"|x(?<n>" + Number + @")(?![\p{L}\d])(?<mult>)"
        + @"|(?<n>" + Number + @")\s?(?<scale>هزار|میلیون|میلیارد)\s+و\s+(?<n2>" + Number + @")(?:\s?(?<scale2>هزار|میلیون))?(?:\s?(?<pct>%|درصد))?"
        + @"|(?<n>" + Number + @")(?:\s?(?<scale>thousand|million|billion|هزار|میلیون|میلیارد)(?!\p{L})|\s?(?<scale>k|mn|mil|m|bn)(?!\p{L}))?(?:\s?(?<pct>%|percent|per\s?cent|pct|درصد))?"
        + @"|(?<words>" + NumberWordReader.Pattern + @")(?:\s?(?<pct>%|percent|per\s?cent|درصد))?"
        + @")",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex QuantityPattern();

    [GeneratedRegex(@"^\d{1,3}(?:\.\d{3})+$")]
    private static partial Regex DottedThousandsShape();
}
