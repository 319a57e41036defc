using System.Globalization;
using System.Text.RegularExpressions;

namespace StrategyBot.Domain.Text;

/// <summary>
/// Reads quantities in English and Persian: "20%", "٪۲۰", "۲۰٪", "20 percent", "۲۰ درصد", "10k", "1.5m",
/// "12,000", "۱۰ هزار", "۴ هزار و ۵۰۰", "double", "triple", "دو برابر", "x2".
/// </summary>
public static partial class QuantityParser
{
    private const string Number = @"(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)";

    /// <summary>Parses text that is one quantity and nothing else (surrounding spaces and a leading '+' allowed).</summary>
    public static bool TryParse(string? text, out Quantity quantity)
    {
        quantity = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var folded = TextNormalizer.ForMatching(text).Trim().TrimStart('+').Trim();
        var match = QuantityPattern().Match(folded);
        if (!match.Success || match.Index != 0 || match.Length != folded.Length)
        {
            return false;
        }

        quantity = Read(match);
        return true;
    }

    /// <summary>Every quantity in free text, in order.</summary>
    public static IReadOnlyList<QuantityMatch> FindAll(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var folded = TextNormalizer.ForMatching(text);
        return QuantityPattern().Matches(folded).Select(m => new QuantityMatch(m.Index, m.Length, Read(m))).ToList();
    }

    private static Quantity Read(Match match)
    {
        if (match.Groups["word"].Success)
        {
            return new Quantity(MultiplierWord(match.Groups["word"].Value), QuantityKind.Multiplier);
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

        return new Quantity(value, match.Groups["pct"].Success ? QuantityKind.Percent : QuantityKind.Number);
    }

    private static decimal Scale(string scale) => scale switch
    {
        "k" or "thousand" or "هزار" => 1_000m,
        "m" or "mn" or "million" or "میلیون" => 1_000_000m,
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
        + @"|(?<n>" + Number + @")(?:\s?(?<scale>k|mn|m|bn)(?!\p{L})|\s?(?<scale>thousand|million|billion|هزار|میلیون|میلیارد))?(?:\s?(?<pct>%|percent|per\s?cent|pct|درصد))?"
        + @")",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex QuantityPattern();
}
