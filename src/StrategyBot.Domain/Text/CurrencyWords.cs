using System.Text.RegularExpressions;

namespace StrategyBot.Domain.Text;

/// <summary>
/// Currency symbols and names in English and Persian, as codes. Toman has no ISO 4217 code, so "IRT" stands for
/// it, as Iranian businesses write it. The one table of currency names: the budget's currency question reads
/// answers with it too.
/// </summary>
public static partial class CurrencyWords
{
    private static readonly Dictionary<string, string> Names = new(StringComparer.Ordinal)
    {
        ["$"] = "USD", ["€"] = "EUR", ["£"] = "GBP",
        ["toman"] = "IRT", ["tomans"] = "IRT", ["تومان"] = "IRT", ["تومن"] = "IRT", ["irt"] = "IRT",
        ["rial"] = "IRR", ["rials"] = "IRR", ["ریال"] = "IRR", ["irr"] = "IRR",
        ["dollar"] = "USD", ["dollars"] = "USD", ["us dollar"] = "USD", ["us dollars"] = "USD", ["usd"] = "USD", ["دلار"] = "USD",
        ["euro"] = "EUR", ["euros"] = "EUR", ["eur"] = "EUR", ["یورو"] = "EUR",
        ["pound"] = "GBP", ["pounds"] = "GBP", ["gbp"] = "GBP", ["پوند"] = "GBP",
        ["dirham"] = "AED", ["dirhams"] = "AED", ["aed"] = "AED", ["درهم"] = "AED",
        ["lira"] = "TRY", ["لیر"] = "TRY",
    };

    /// <summary>The code for a symbol or name in folded text ("toman", «تومان», "$"); null when it is none.</summary>
    public static string? Code(string folded) => Names.GetValueOrDefault(folded.Trim());

    /// <summary>The currency written just before a number ("$ 500", "USD 500"), or null.</summary>
    public static string? Before(string folded) => Prefix().Match(folded) is { Success: true } m ? Code(m.Groups["c"].Value) : null;

    /// <summary>The currency written just after a number ("500 toman", «۵۰۰ تومان»), or null.</summary>
    public static string? After(string folded) => Suffix().Match(folded) is { Success: true } m ? Code(m.Groups["c"].Value) : null;

    /// <summary>The length of a currency written at the start of <paramref name="folded"/> with its space, or 0.</summary>
    public static int LeadingLength(string folded) => Leading().Match(folded) is { Success: true } m ? m.Length : 0;

    /// <summary>The length of a currency written at the end of <paramref name="folded"/> with its space, or 0.</summary>
    public static int TrailingLength(string folded) => Trailing().Match(folded) is { Success: true } m ? m.Length : 0;

    private const string Word = @"(?<c>[$€£]|(?:tomans?|تومان|تومن|irt|rials?|ریال|irr|dollars?|usd|دلار|euros?|eur|یورو|pounds?|gbp|پوند|dirhams?|aed|درهم|lira|لیر)(?!\p{L}))";

    [GeneratedRegex(@"(?:^|(?<![\p{L}]))" + Word + @"\s?$", RegexOptions.ExplicitCapture)]
    private static partial Regex Prefix();

    [GeneratedRegex(@"^\s?" + Word, RegexOptions.ExplicitCapture)]
    private static partial Regex Suffix();

    [GeneratedRegex(@"^\s*" + Word + @"\s*", RegexOptions.ExplicitCapture)]
    private static partial Regex Leading();

    [GeneratedRegex(@"\s*" + Word + @"\s*$", RegexOptions.ExplicitCapture)]
    private static partial Regex Trailing();
}
