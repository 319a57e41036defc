using System.Text.RegularExpressions;
using StrategyBot.Domain.Planning;
using StrategyBot.Domain.Text;

namespace StrategyBot.App.Interview.Objectives;

/// <summary>
/// Reads a typed target: "5000" or "5k" (a level), "+2,000" or "2,000 more" (an increase), "+20%" or "double" (a
/// relative change), "4%" for a rate metric (a level in percent), "-20%" or "cut by 20%" (a decrease), in either
/// digit set and in Persian ("۲۰ درصد بیشتر", "دو برابر").
/// </summary>
internal static partial class TargetAnswer
{
    public static bool TryRead(string? text, ObjectiveMetric? metric, out decimal value, out TargetUnit unit, out TargetChange change)
    {
        value = 0;
        unit = TargetUnit.Absolute;
        change = TargetChange.Level;
        // "12.000" or "1,5" has two readings: the question asks which was meant (NumberAnswer.Settle), never guesses.
        if (string.IsNullOrWhiteSpace(text) || text.Length > 200 || NumberReadings.Of(text) is not null)
        {
            return false;
        }

        var folded = TextNormalizer.ForMatching(text);
        var quantities = QuantityParser.FindAll(folded);
        if (quantities.Count == 0)
        {
            return false;
        }

        var quantity = quantities[0].Quantity;
        var isRate = metric is { } rate && ObjectiveFormat.IsRate(rate);
        var lowerIsBetter = metric is { } cost && ObjectiveFormat.LowerIsBetter(cost);
        var down = DecreaseWords().IsMatch(folded) || folded.TrimStart().StartsWith('-');
        var up = IncreaseWords().IsMatch(folded) || folded.TrimStart().StartsWith('+');
        switch (quantity.Kind)
        {
            case QuantityKind.Multiplier:
                value = (quantity.Value - 1m) * 100m;
                unit = TargetUnit.Percent;
                change = TargetChange.Increase;
                return value > 0;
            case QuantityKind.Percent when isRate && !up && !down:
                value = quantity.Value;
                return true;
            case QuantityKind.Percent:
                value = quantity.Value;
                unit = isRate ? TargetUnit.Absolute : TargetUnit.Percent;
                change = down || (lowerIsBetter && !up) ? TargetChange.Decrease : TargetChange.Increase;
                return value > 0;
            default:
                value = quantity.Value;
                change = down ? TargetChange.Decrease : up ? TargetChange.Increase : TargetChange.Level;
                return value >= 0;
        }
    }

    [GeneratedRegex(@"(?<!\p{L})(?:more|new|extra|additional|increase|grow|up|بیشتر|جدید|اضافه|افزایش|رشد)(?!\p{L})", RegexOptions.CultureInvariant)]
    private static partial Regex IncreaseWords();

    [GeneratedRegex(@"(?<!\p{L})(?:less|fewer|lower|cut|reduce|decrease|down|کمتر|کاهش|پایین)(?!\p{L})", RegexOptions.CultureInvariant)]
    private static partial Regex DecreaseWords();
}
