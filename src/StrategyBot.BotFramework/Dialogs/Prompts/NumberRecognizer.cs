using System.Globalization;
using System.Text.RegularExpressions;

namespace StrategyBot.BotFramework.Dialogs.Prompts;

/// <summary>
/// Finds the one number in an answer: ASCII, Persian or Arabic-Indic digits; thousands separators "12,000" and
/// "۱۲٬۰۰۰"; decimals "1.5" and "۱٫۵"; a sign; and the multipliers k/m/bn, thousand/million/billion and
/// هزار/میلیون/میلیارد ("10k", "90 million", "۱۰ هزار").
/// Text with no number or with several ("between 10 and 20", "1,5") is not recognised.
/// </summary>
internal static partial class NumberRecognizer
{
    public static bool TryRecognize(string input, out decimal value)
    {
        value = 0;
        if (input.Length > InputText.MaxRecognizedLength)
        {
            return false;
        }

        var text = InputText.ToAsciiDigits(input)
            .Replace('\u066B', '.')
            .Replace('\u066C', ',')
            .Replace('\u2212', '-');
        var matches = NumberPattern().Matches(text);
        if (matches.Count != 1)
        {
            return false;
        }

        var match = matches[0];
        var digits = match.Groups["int"].Value.Replace(",", string.Empty, StringComparison.Ordinal);
        if (match.Groups["frac"].Success)
        {
            digits += "." + match.Groups["frac"].Value;
        }

        if (!decimal.TryParse(digits, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number))
        {
            return false;
        }

        var multiplier = match.Groups["suffix"].Value.ToUpperInvariant() switch
        {
            "K" or "THOUSAND" or "هزار" => 1_000m,
            "M" or "MILLION" or "میلیون" => 1_000_000m,
            "BN" or "BILLION" or "میلیارد" => 1_000_000_000m,
            _ => 1m,
        };
        try
        {
            value = number * multiplier * (match.Groups["sign"].Success ? -1 : 1);
            return true;
        }
        catch (OverflowException)
        {
            return false;
        }
    }

    [GeneratedRegex(
        @"(?<![\d.,])(?<sign>-)?(?<int>\d{1,3}(?:,\d{3})+|\d+)(?:\.(?<frac>\d+))?(?:\s*(?<suffix>thousand|million|billion|bn|k|m|هزار|میلیون|میلیارد)(?!\p{L}))?(?![\p{L}\d]|[.,]\d)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant,
        matchTimeoutMilliseconds: 1000)]
    private static partial Regex NumberPattern();
}
