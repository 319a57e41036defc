using System.Text.RegularExpressions;
using StrategyBot.Domain.Planning;

namespace StrategyBot.Domain.Smart;

/// <summary>Words that tie an objective to a goal family even when no metric says so.</summary>
internal static partial class FamilyDetector
{
    public static GoalFamily? Find(string folded)
    {
        var match = Keywords().Match(folded);
        if (!match.Success)
        {
            return null;
        }

        return match.Groups["aw"].Success ? GoalFamily.BrandAwareness
            : match.Groups["sq"].Success ? GoalFamily.SalesAndServiceQuality
            : match.Groups["ml"].Success ? GoalFamily.MarketLeadership
            : match.Groups["roi"].Success ? GoalFamily.Roi
            : GoalFamily.Sales;
    }

    [GeneratedRegex(
        @"(?<![\p{L}\d])(?:(?<aw>awareness|visibility|brand\s+recognition)|(?<sq>customer\s+(?:service|experience|care)|service|support|satisfaction|reviews?|ratings?)"
        + @"|(?<ml>leader(?:ship)?|leading|market\s+share|number\s+one|#1|most\s+(?:popular|talked|followed|loved|known|trusted)|top\s+(?:brand|choice)|best[\s-]known)"
        + @"|(?<roi>roi|roas|profit(?:ability)?|return\s+on)|(?<sales>sales|sell(?:ing)?|revenue))(?![\p{L}\d])"
        + @"|(?<!\p{L})(?:(?<aw>آگاهی|شناخت\s+برند|دیده\s+شدن)|(?<sq>خدمات|پشتیبانی|رضایت)|(?<ml>محبوب\s*ترین|برترین|پیشرو|رهبر|سهم\s+بازار|شماره\s+یک)"
        + @"|(?<roi>سود|بازگشت\s+سرمایه)|(?<sales>فروش|درآمد))",
        RegexOptions.ExplicitCapture | RegexOptions.CultureInvariant)]
    private static partial Regex Keywords();
}
