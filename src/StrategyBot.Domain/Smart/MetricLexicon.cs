using System.Text.RegularExpressions;
using StrategyBot.Domain.Planning;

namespace StrategyBot.Domain.Smart;

/// <summary>
/// Metric words in English and Persian. The first metric named wins. Alternatives are ordered so that a longer
/// phrase beats the word inside it at the same position ("click-through rate" before "click", "نرخ تعامل"
/// before "تعامل"); each group is named after its <see cref="ObjectiveMetric"/>.
/// </summary>
internal static partial class MetricLexicon
{
    private const string E = @"(?<![\p{L}\d])";
    private const string EEnd = @"(?![\p{L}\d])";
    private const string P = @"(?<!\p{L})";

    private static readonly ObjectiveMetric[] Metrics = Enum.GetValues<ObjectiveMetric>();

    /// <summary>The first metric named in folded text, or null.</summary>
    public static ObjectiveMetric? Find(string folded)
    {
        var match = Words().Match(folded);
        if (match.Success)
        {
            return Metrics.First(m => match.Groups[m.ToString()].Success);
        }

        return ReachAsVerb().IsMatch(folded) ? ObjectiveMetric.Reach : null;
    }

    [GeneratedRegex(
        "(?<EngagementRate>" + E + @"(?:engagement|interaction)s?(?:\s*rate)?" + EEnd + "|" + P + @"(?:نرخ\s*)?(?:تعامل|درگیری|انگیجمنت))"
        + "|(?<Engagements>" + E + @"(?:story\s+)?(?:replies|comments|shares|saves|likes|reactions)" + EEnd + "|" + P + @"(?:کامنت|لایک|ریپلای|اشتراک\s*گذاری))"
        + "|(?<Ctr>" + E + @"(?:click[\s-]*through[\s-]*rate|ctr)" + EEnd + "|" + P + @"نرخ\s*کلیک)"
        + "|(?<ConversionRate>" + E + @"conversion\s*rate" + EEnd + "|" + P + @"نرخ\s*تبدیل)"
        + "|(?<Cpc>" + E + @"(?:cost[\s-]+per[\s-]+click|cpc)" + EEnd + "|" + P + @"هزینه\s*(?:به\s+ازای\s+)?(?:هر\s+)?کلیک)"
        + "|(?<Cpa>" + E + @"(?:cost[\s-]+per[\s-]+(?:acquisition|action|lead|conversion|sale)|cpa|cpl)" + EEnd
            + "|" + P + @"هزینه\s*(?:به\s+ازای\s+)?(?:هر\s+)?(?:جذب|تبدیل|سرنخ|مشتری|خرید))"
        + "|(?<Cpm>" + E + @"(?:cost[\s-]+per[\s-]+(?:thousand|mille)|cpm)" + EEnd + "|" + P + @"هزینه\s*(?:به\s+ازای\s+)?(?:هر\s+)?هزار\s+نمایش)"
        + "|(?<Roas>" + E + @"(?:roas|return\s+on\s+ad\s+spend)" + EEnd + "|" + P + @"(?:بازده|بازگشت)\s+هزینه\s+تبلیغات)"
        + "|(?<Roi>" + E + @"(?:roi|return\s+on\s+investment)" + EEnd + "|" + P + @"(?:بازگشت|بازده)\s+سرمایه)"
        + "|(?<ResponseTime>" + E + @"(?:(?:response|reply)\s+times?|time\s+to\s+(?:respond|reply)|first\s+response|(?:respond|reply|answer)(?:ing)?\s+to\s+(?:every|all|each)\s+(?:\p{L}+\s+)?(?:dms?|messages?|comments?|inquiries|enquiries|questions?)\s+within)" + EEnd + "|" + P + @"(?:زمان|سرعت)\s+(?:پاسخ|جواب))"
        + "|(?<HashtagUses>" + E + @"(?:hashtags?" + EEnd + @"|(?:uses?|using|mentions?)\s+(?:of\s+)?#)|" + P + "هشتگ)"
        + "|(?<ShareOfVoice>" + E + @"(?:share\s+of\s+voice|market\s+share)" + EEnd + "|" + P + @"سهم\s+(?:بازار|صدا))"
        + "|(?<Followers>" + E + @"(?:followers?|subscribers?|members|fans|follower\s+count|following)" + EEnd + "|" + P + @"(?:فالوور|فالوئر|فالور|دنبال\s*کنند(?:ه|گان)|مشترک|عضو|اعضا|ممبر))"
        + "|(?<Reach>" + E + @"(?:reach(?!\s*(?:[\d$€£]|out" + EEnd + @"))|people\s+(?:a|per)\s+week|(?:people|accounts)\s+reached|unique\s+(?:visitors|users|viewers|people))" + EEnd
            + "|" + P + @"(?:دسترسی|ریچ|(?:بازدید\s*کنند(?:ه|گان)|کاربر)(?:\s*های|\s*ها)?\s+(?:یکتا|منحصر\s*به\s*فرد)))"
        + "|(?<Impressions>" + E + @"(?:impressions?|(?:video\s+)?views)" + EEnd + "|" + P + @"(?:نمایش|ایمپرشن|بازدید(?!\s*(?:از\s+)?(?:سایت|وب))))"
        + "|(?<Clicks>" + E + @"(?:(?:link\s+)?clicks?|(?:website|site|web)\s+(?:visits|traffic|visitors)|traffic|visits|visitors)" + EEnd
            + "|" + P + @"(?:کلیک|بازدید\s+(?:از\s+)?(?:سایت|وب)|ترافیک))"
        + "|(?<Conversions>" + E + @"(?:conversions?|sign[\s-]?ups?|registrations?|downloads?|installs?|rsvps?|enrol(?:l)?ments?|subscriptions?|(?:email|newsletter|mailing[\s-]list)\s+(?:subscribers?|contacts))" + EEnd
            + "|" + P + @"(?:تبدیل(?!\s*(?:شدن|شویم|شود|شده|کردن|به))|ثبت\s*نام|دانلود|نصب))"
        + "|(?<Leads>" + E + @"(?:leads|lead\s+gen(?:eration)?|inquiries|enquiries)" + EEnd + "|" + P + @"(?:سرنخ|لید))"
        + "|(?<Sales>" + E + @"(?:sales|sell|selling|orders?|purchases?|bookings?|(?:new\s+)?(?:clients|customers|buyers))" + EEnd + "|" + P + @"(?:فروش|سفارش|خرید|مشتری(?:\s*ها|ان)?\s+(?:جدید|تازه)))"
        + "|(?<Revenue>" + E + @"(?:revenue|income|turnover|gmv)" + EEnd + "|" + P + @"(?:درآمد|درامد|گردش\s+مالی))",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Words();

    // "reach 10k followers" uses reach as a verb, so the Reach words skip it; with no other metric named,
    // "grow reach 20%" means the metric after all.
    [GeneratedRegex(@"(?<![\p{L}\d])reach(?![\p{L}\d])")]
    private static partial Regex ReachAsVerb();
}
