using System.Text.RegularExpressions;
using StrategyBot.Domain.Planning;
using StrategyBot.Domain.Text;

namespace StrategyBot.App.Interview;

/// <summary>
/// The strategy's split between content (organic) and paid social, from "70/30", "۷۰/۳۰", "70% content, 30% ads",
/// "30 paid 70 organic" or one number ("80" is content; "20 paid" is paid). The parts must total 100.
/// </summary>
internal readonly partial record struct ContentPaidSplit(decimal Content, decimal Paid)
{
    /// <summary>Reads an answer the prompt's validator already accepted.</summary>
    public static ContentPaidSplit Parse(string text) =>
        TryParse(text, out var split, out _) ? split : throw new FormatException("The split was accepted but does not parse.");

    public static bool TryParse(string text, out ContentPaidSplit split, out AnswerProblem? problem)
    {
        ArgumentNullException.ThrowIfNull(text);
        split = default;
        var folded = TextNormalizer.ForMatching(text);
        var numbers = QuantityParser.FindAll(text).Where(m => m.Quantity.Kind != QuantityKind.Multiplier).ToList();
        if (numbers.Count is 0 or > 2)
        {
            problem = new AnswerProblem(InterviewText.RetrySplitMissing);
            return false;
        }

        if (numbers.Any(n => n.Quantity.Value is < 0m or > 100m))
        {
            problem = new AnswerProblem(InterviewText.RetrySplitRange);
            return false;
        }

        var first = numbers[0].Quantity.Value;
        if (numbers.Count == 1)
        {
            split = IsPaid(folded) ? new ContentPaidSplit(100m - first, first) : new ContentPaidSplit(first, 100m - first);
            problem = null;
            return true;
        }

        var second = numbers[1].Quantity.Value;
        var (firstLabel, secondLabel) = Labels(folded, numbers[0], numbers[1]);
        var firstIsPaid = !IsContent(firstLabel) && (IsPaid(firstLabel) || IsContent(secondLabel));
        split = firstIsPaid ? new ContentPaidSplit(second, first) : new ContentPaidSplit(first, second);
        if (Math.Abs(first + second - 100m) > PlanRules.PercentTolerance)
        {
            problem = new AnswerProblem(
                InterviewText.RetrySplitTotal,
                new PercentValue(split.Content),
                new PercentValue(split.Paid),
                new PercentValue(first + second),
                split.Content,
                100m - split.Content);
            return false;
        }

        problem = null;
        return true;
    }

    // Labels come before the numbers ("content 70, paid 30") when the text opens with one; otherwise they follow
    // them ("70 content, 30 paid"), so the words between the numbers belong to the first or the second accordingly.
    private static (string First, string Second) Labels(string folded, QuantityMatch first, QuantityMatch second)
    {
        var before = folded[..first.Index];
        var between = folded[(first.Index + first.Length)..second.Index];
        var after = folded[(second.Index + second.Length)..];
        return IsPaid(before) || IsContent(before) ? (before, between) : (between, after);
    }

    private static bool IsPaid(string words) => PaidWords().IsMatch(words);

    private static bool IsContent(string words) => ContentWords().IsMatch(words);

    [GeneratedRegex(@"\b(?:paid|ads?|advertising|adverts?|sponsored|boost(?:ed|ing)?)\b|تبلیغ|پولی|اسپانسر", RegexOptions.CultureInvariant)]
    private static partial Regex PaidWords();

    [GeneratedRegex(@"\b(?:content|organic|unpaid)\b|محتوا|ارگانیک", RegexOptions.CultureInvariant)]
    private static partial Regex ContentWords();
}
