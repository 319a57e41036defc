using StrategyBot.Domain.Text;

namespace StrategyBot.App.Interview;

/// <summary>
/// The number in a typed answer, read by the Domain's quantity reader so every number question understands what the
/// SMART check does: "90 million toman", "۹۰ میلیون تومان", "two thousand", «سه هزار», "$1,200", "about 1200
/// followers". Answers that could mean two numbers ("12.000", "5-10k", "1,5") are not guessed at: the question is
/// asked again.
/// </summary>
internal static class NumberAnswer
{
    public static bool TryRead(string input, out decimal value)
    {
        value = 0;
        if (QuantityParser.TryParse(input, out var whole))
        {
            return TryTake(whole, out value);
        }

        var found = QuantityParser.FindAll(input);
        if (found is not [var only] || RunsOn(input, only.Index + only.Length) || !TryTake(only.Quantity, out value))
        {
            return false;
        }

        // A minus sign is read, so the question's range check can say what fits ("between 0 and …").
        value = only.Index > 0 && input[only.Index - 1] is '-' or '\u2212' ? -value : value;
        return true;
    }

    // "1,5" or "3.2.1": digits go on past the number read, joined by a separator it did not take as one.
    private static bool RunsOn(string input, int end) =>
        end + 1 < input.Length && input[end] is ',' or '.' or '\u060C' or '\u066B' or '\u066C' && char.IsDigit(input[end + 1]);

    private static bool TryTake(Quantity quantity, out decimal value)
    {
        value = quantity.Value;
        return quantity.Kind != QuantityKind.Multiplier && !quantity.IsRange && quantity.Alternative is null;
    }
}
