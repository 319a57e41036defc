using System.Text.RegularExpressions;
using StrategyBot.Domain.Planning;
using StrategyBot.Domain.Text;

namespace StrategyBot.Domain.Smart;

/// <summary>
/// Reads target and baseline from the numbers left after the deadline was masked. Numbers that describe
/// resources ("3 reels a week", "a $300 budget") are set aside first; then "from X to Y", "currently X",
/// "to Y", percentages and multipliers are interpreted for the metric at hand.
/// </summary>
internal static partial class TargetExtractor
{
    public static ExtractedTarget Extract(string masked, ObjectiveMetric? metric)
    {
        masked = RatioSuffix().Replace(masked, m => new string(' ', m.Length));
        var candidates = QuantityParser.FindAll(masked).Where(c => IsOutcomeNumber(masked, c, metric)).ToList();
        if (candidates.Count == 0)
        {
            return ExtractedTarget.None;
        }

        for (var i = 0; i + 1 < candidates.Count; i++)
        {
            var (from, to) = (candidates[i], candidates[i + 1]);
            if (FromBefore().IsMatch(Before(masked, from)) && ToBetween().IsMatch(masked[End(from)..to.Index]))
            {
                return new ExtractedTarget { Value = to.Quantity.Value, Unit = TargetUnit.Absolute, Change = TargetChange.Level, Baseline = from.Quantity.Value };
            }
        }

        var baseline = candidates.FirstOrDefault(c => BaselineBefore().IsMatch(Before(masked, c)) || BaselineAfter().IsMatch(After(masked, c)));
        var rest = candidates.Where(c => c != baseline).ToList();
        if (rest.Count == 0)
        {
            return new ExtractedTarget { Baseline = baseline.Length > 0 ? baseline.Quantity.Value : null };
        }

        var chosen = rest.FirstOrDefault(c => ToBefore().IsMatch(Before(masked, c)));
        if (chosen.Length == 0)
        {
            chosen = rest.FirstOrDefault(c => c.Quantity.Kind != QuantityKind.Number);
        }

        if (chosen.Length == 0)
        {
            chosen = rest[0];
        }

        var target = Interpret(masked, chosen, metric);
        return new ExtractedTarget
        {
            Value = target.Value,
            Unit = target.Unit,
            Change = target.Change,
            Baseline = baseline.Length > 0 ? baseline.Quantity.Value : null,
        };
    }

    private static (decimal Value, TargetUnit Unit, TargetChange Change) Interpret(string masked, QuantityMatch match, ObjectiveMetric? metric)
    {
        var decrease = DecreaseVerb().IsMatch(masked);
        var quantity = match.Quantity;
        switch (quantity.Kind)
        {
            case QuantityKind.Multiplier:
                return ((quantity.Value - 1m) * 100m, TargetUnit.Percent, TargetChange.Increase);
            case QuantityKind.Percent:
                var relative = ByBefore().IsMatch(Before(masked, match)) || RelativeAfter().IsMatch(After(masked, match));
                if (metric is { } m && MetricTraits.IsRate(m) && !relative)
                {
                    return (quantity.Value, TargetUnit.Absolute, TargetChange.Level);
                }

                return (quantity.Value, TargetUnit.Percent, decrease ? TargetChange.Decrease : TargetChange.Increase);
            default:
                var increment = IncrementAfter().IsMatch(After(masked, match)) || ByBefore().IsMatch(Before(masked, match));
                var change = !increment ? TargetChange.Level : decrease ? TargetChange.Decrease : TargetChange.Increase;
                return (quantity.Value, TargetUnit.Absolute, change);
        }
    }

    private static bool IsOutcomeNumber(string masked, QuantityMatch match, ObjectiveMetric? metric)
    {
        var before = Before(masked, match);
        var after = After(masked, match);
        if (BudgetBefore().IsMatch(before) || BudgetAfter().IsMatch(after))
        {
            return false;
        }

        var isCurrency = CurrencyBefore().IsMatch(before) || CurrencyAfter().IsMatch(after);
        if (isCurrency && !(metric is { } m && MetricTraits.IsMoney(m)))
        {
            return false;
        }

        if (ResourceUnitAfter().IsMatch(after))
        {
            return false;
        }

        return metric == ObjectiveMetric.ResponseTime || !DurationUnitAfter().IsMatch(after);
    }

    private static int End(QuantityMatch match) => match.Index + match.Length;

    private static string Before(string text, QuantityMatch match) => text[Math.Max(0, match.Index - 40)..match.Index];

    private static string After(string text, QuantityMatch match) => text[End(match)..Math.Min(text.Length, End(match) + 40)];

    [GeneratedRegex(@"\s*:\s*1(?![\d.])")]
    private static partial Regex RatioSuffix();

    [GeneratedRegex(@"(?<![\p{L}])(?:from|از)\s*[$€£]?\s*$")]
    private static partial Regex FromBefore();

    [GeneratedRegex(@"^[^\d]{0,30}?(?<![\p{L}])(?:to|up\s+to|به|تا)\s*[$€£]?\s*$")]
    private static partial Regex ToBetween();

    [GeneratedRegex(@"(?<![\p{L}])(?:to|reach(?:ing)?|hit(?:ting)?|at\s+least|over|above|exceed(?:ing)?|به|بیش\s+از|بالای)\s*[$€£]?\s*$")]
    private static partial Regex ToBefore();

    [GeneratedRegex(@"(?<![\p{L}])(?:currently(?:\s+(?:at|is))?|current(?:ly)?\s+(?:at|is)|now(?:\s+at)?|today|at\s+present|baseline(?:\s+(?:of|is))?|we\s+have|up\s+from|الان|اکنون|فعلا|فعلاً|در\s+حال\s+حاضر|هم\s*اکنون)\s*[:=]?\s*[$€£]?\s*$")]
    private static partial Regex BaselineBefore();

    [GeneratedRegex(@"^\s*(?:\p{L}+\s+){0,2}?(?:now|today|currently|at\s+present|فعلی|کنونی)(?!\p{L})")]
    private static partial Regex BaselineAfter();

    [GeneratedRegex(@"(?<![\p{L}])(?:by|به\s+میزان)\s*$")]
    private static partial Regex ByBefore();

    [GeneratedRegex(@"^(?:ی|\s*(?:more|higher|increase|growth|boost|lift|uplift|افزایش|رشد|بیشتر)(?!\p{L}))")]
    private static partial Regex RelativeAfter();

    [GeneratedRegex(@"^\s?(?:(?!(?:با|with|and|و|by|تا|to)\s)[\p{L}#]+\s){0,2}?(?:new|more|additional|extra|جدید|بیشتر|اضافه)(?!\p{L})")]
    private static partial Regex IncrementAfter();

    [GeneratedRegex(@"(?<![\p{L}])(?:reduce|reducing|cut|cutting|lower|lowering|decrease|decreasing|drop|bring\s+down|shrink|halve|کاهش|کم\s*کردن|پایین\s+آوردن)(?!\p{L})")]
    private static partial Regex DecreaseVerb();

    [GeneratedRegex(@"(?<![\p{L}])(?:budget|spend|spending|invest(?:ing|ment)?|بودجه|سرمایه\s*گذاری)(?:\s+\p{L}+){0,3}\s*(?:of\s+)?[$€£]?\s*$")]
    private static partial Regex BudgetBefore();

    [GeneratedRegex(@"^\s*(?:/\s*\p{L}+\s*)?(?:(?!(?:with|and|using|or|با|و)\s)\p{L}+\s+){0,2}?(?:budget|بودجه)(?!\p{L})")]
    private static partial Regex BudgetAfter();

    [GeneratedRegex(@"[$€£]\s*$")]
    private static partial Regex CurrencyBefore();

    [GeneratedRegex(@"^\s*(?:[$€£]|(?:تومان|ریال|toman|tomans|rials?|dollars?|usd|eur|euros?|gbp|pounds?)(?!\p{L}))")]
    private static partial Regex CurrencyAfter();

    [GeneratedRegex(@"^(?:\s*|-)(?:(?!(?:with|and|by|to|a|per|in|on)\s)[a-z-]+\s+)?(?:posts?|reels?|videos?|stories|story|carousels?|articles?|pins?|tutorials?|creatives?|lives?|ads|influencers?|bloggers?|creators?|giveaways?|employees|staff|designers?|webinars?|person|times\s+(?:a|per)|پست|ریلز|ویدیو|ویدئو|استوری|مقاله|پین|آموزش|طرح|لایو|اینفلوئنسر|بلاگر|کارمند|نفره|بار\s+در)(?!\p{L})")]
    private static partial Regex ResourceUnitAfter();

    [GeneratedRegex(@"^\s*(?:hours?|hrs?|minutes?|mins?|ساعت|دقیقه)(?!\p{L})")]
    private static partial Regex DurationUnitAfter();
}
