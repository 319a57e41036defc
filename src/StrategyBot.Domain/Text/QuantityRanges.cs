using System.Text.RegularExpressions;

namespace StrategyBot.Domain.Text;

/// <summary>
/// Two quantities that make one range: "5–10k", "5-10%", "between 50 and 80", «بین ۵۰ تا ۸۰», and in a whole answer
/// also "5 to 10k" and «۵ تا ۱۰ هزار». A scale or percent sign written once belongs to both ends, as people mean it.
/// </summary>
internal static partial class QuantityRanges
{
    /// <summary>The range that is all of <paramref name="folded"/>, if it is one.</summary>
    public static bool TryParse(string folded, out Quantity quantity)
    {
        quantity = default;
        var match = WholeRange().Match(folded);
        return match.Success
            && QuantityParser.TryParseOne(match.Groups["a"].Value.Trim(), wholeAnswer: true, out var low)
            && QuantityParser.TryParseOne(match.Groups["b"].Value.Trim(), wholeAnswer: true, out var high)
            && TryCombine(low, high, match.Groups["b"].Value, out quantity);
    }

    /// <summary>Joins neighbours of <paramref name="found"/> that the text writes as a range.</summary>
    public static IReadOnlyList<QuantityMatch> Merge(string folded, List<QuantityMatch> found)
    {
        for (var i = 0; i + 1 < found.Count; i++)
        {
            var (a, b) = (found[i], found[i + 1]);
            var gap = folded[(a.Index + a.Length)..b.Index];
            var before = folded[Math.Max(0, a.Index - 10)..a.Index];
            var written = (DashGap().IsMatch(gap) && !InDateOrCode(folded, a, b)) || (BetweenBefore().IsMatch(before) && AndGap().IsMatch(gap));
            if (written && TryCombine(a.Quantity, b.Quantity, folded.Substring(b.Index, b.Length), out var range))
            {
                found[i] = new QuantityMatch(a.Index, b.Index + b.Length - a.Index, range with { Currency = a.Quantity.Currency ?? b.Quantity.Currency });
                found.RemoveAt(i + 1);
            }
        }

        return found;
    }

    // "2027-03-31", "12/20-25", "10-20-30": numbers chained by dashes or slashes are a date or a code, not a range.
    private static bool InDateOrCode(string folded, QuantityMatch a, QuantityMatch b)
    {
        var end = b.Index + b.Length;
        return (a.Index > 0 && folded[a.Index - 1] is '-' or '/' or '–')
            || (end + 1 < folded.Length && folded[end] is '-' or '/' or '–' && char.IsAsciiDigit(folded[end + 1]));
    }

    private static bool TryCombine(Quantity low, Quantity high, string highText, out Quantity range)
    {
        range = default;
        if (low.Kind == QuantityKind.Multiplier || high.Kind == QuantityKind.Multiplier || low.IsRange || high.IsRange)
        {
            return false;
        }

        if (low.Kind != high.Kind && !(low.Kind == QuantityKind.Number && high.Kind == QuantityKind.Percent))
        {
            return false;
        }

        var bottom = low.Value;
        if (ScaleSuffix().Match(highText.Trim()) is { Success: true } scaled && bottom * Scale(scaled.Groups["s"].Value) <= high.Value)
        {
            bottom *= Scale(scaled.Groups["s"].Value);
        }

        if (bottom >= high.Value)
        {
            return false;
        }

        range = new Quantity(bottom, high.Kind) { High = high.Value, Currency = low.Currency ?? high.Currency };
        return true;
    }

    private static decimal Scale(string suffix) => suffix switch
    {
        "k" or "thousand" or "هزار" => 1_000m,
        "m" or "mn" or "mil" or "million" or "میلیون" => 1_000_000m,
        _ => 1_000_000_000m,
    };

    [GeneratedRegex(@"^(?:(?:between|بین|از)\s+)?(?<a>.+?)(?:\s*[-–—]\s*|\s+(?:to|and|تا|الی|و)\s+)(?<b>.+)$", RegexOptions.ExplicitCapture)]
    private static partial Regex WholeRange();

    [GeneratedRegex(@"^\s*[-–—]\s*$")]
    private static partial Regex DashGap();

    [GeneratedRegex(@"^\s+(?:and|و|تا|الی)\s+$")]
    private static partial Regex AndGap();

    [GeneratedRegex(@"(?<![\p{L}])(?:between|بین)\s+$")]
    private static partial Regex BetweenBefore();

    [GeneratedRegex(@"\d\s?(?<s>k|mn|mil|m|bn|thousand|million|billion|هزار|میلیون|میلیارد)\s?(?:%|percent|درصد)?$", RegexOptions.ExplicitCapture)]
    private static partial Regex ScaleSuffix();
}
