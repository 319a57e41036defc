using StrategyBot.App.Localization;
using StrategyBot.BotFramework.Dialogs.Prompts;
using StrategyBot.BotFramework.Protocol;
using StrategyBot.Domain.Text;

namespace StrategyBot.App.Interview;

/// <summary>
/// The number in a typed answer, read by the Domain's quantity reader so every number question understands what the
/// SMART check does: "90 million toman", "۹۰ میلیون تومان", "two thousand", «سه هزار», "$1,200", "about 1200
/// followers". Answers that could mean two numbers ("12.000", "5-10k", "1,5") are not guessed at: the question is
/// asked again, and where the writer's convention decides ("12.000", "1,5") it asks which was meant (<see cref="Settle{T}"/>).
/// </summary>
internal static class NumberAnswer
{
    /// <summary>
    /// A validator's last word on a typed answer with a number: one whose number has two readings ("12.000", «۱۲.۵۰۰»,
    /// "1,5") is taken neither way; the retry asks which was meant, with the answer written each way as a one-tap reply.
    /// </summary>
    public static bool Settle<T>(PromptValidatorContext<T> context, bool accepted)
    {
        ArgumentNullException.ThrowIfNull(context);
        var text = context.Input;
        if (NumberReadings.Of(text) is not { } number)
        {
            return accepted;
        }

        var language = Languages.FromLocale(context.Options.Locale ?? context.Turn.Activity.GetLocale());
        string Written(decimal value) => string.Concat(text.AsSpan(0, number.Index), LocalFormat.Number(language, value, 4), text.AsSpan(number.Index + number.Length)).Trim();
        var first = Written(number.First);
        var second = Written(number.Second);
        context.RetryText = BidiMarks.StartRightToLeft(language, Texts.Format(language, InterviewText.RetryNumberWhich, first, second));
        context.RetryReplies = [first, second];
        return false;
    }

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
