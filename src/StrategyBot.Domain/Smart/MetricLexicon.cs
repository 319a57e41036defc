using System.Text.RegularExpressions;
using StrategyBot.Domain.Planning;

namespace StrategyBot.Domain.Smart;

/// <summary>
/// Metric words in English and Persian. The first metric named wins; a longer phrase beats the word inside it
/// ("cost per click" over "click", "نرخ تعامل" over "تعامل").
/// </summary>
internal static partial class MetricLexicon
{
    private const string E = @"(?<![\p{L}\d])";
    private const string EEnd = @"(?![\p{L}\d])";
    private const string P = @"(?<!\p{L})";

    private static readonly (ObjectiveMetric Metric, Regex Pattern)[] Entries =
    [
        (ObjectiveMetric.EngagementRate, Compile(E + @"(?:engagement|interaction)s?(?:\s*rate)?" + EEnd + "|" + P + @"(?:نرخ\s*)?(?:تعامل|درگیری|انگیجمنت)")),
        (ObjectiveMetric.Engagements, Compile(E + @"(?:(?:story\s+)?(?:replies|comments|shares|saves|likes|reactions))" + EEnd
            + "|" + P + @"(?:کامنت|لایک|ریپلای|اشتراک\s*گذاری)")),
        (ObjectiveMetric.Ctr, Compile(E + @"(?:click[\s-]*through[\s-]*rate|ctr)" + EEnd + "|" + P + @"نرخ\s*کلیک")),
        (ObjectiveMetric.ConversionRate, Compile(E + @"conversion\s*rate" + EEnd + "|" + P + @"نرخ\s*تبدیل")),
        (ObjectiveMetric.Cpc, Compile(E + @"(?:cost[\s-]+per[\s-]+click|cpc)" + EEnd + "|" + P + @"هزینه\s*(?:به\s+ازای\s+)?(?:هر\s+)?کلیک")),
        (ObjectiveMetric.Cpa, Compile(E + @"(?:cost[\s-]+per[\s-]+(?:acquisition|action|lead|conversion|sale)|cpa|cpl)" + EEnd
            + "|" + P + @"هزینه\s*(?:به\s+ازای\s+)?(?:هر\s+)?(?:جذب|تبدیل|سرنخ|مشتری|خرید)")),
        (ObjectiveMetric.Cpm, Compile(E + @"(?:cost[\s-]+per[\s-]+(?:thousand|mille)|cpm)" + EEnd + "|" + P + @"هزینه\s*(?:به\s+ازای\s+)?(?:هر\s+)?هزار\s+نمایش")),
        (ObjectiveMetric.Roas, Compile(E + @"(?:roas|return\s+on\s+ad\s+spend)" + EEnd + "|" + P + @"(?:بازده|بازگشت)\s+هزینه\s+تبلیغات")),
        (ObjectiveMetric.Roi, Compile(E + @"(?:roi|return\s+on\s+investment)" + EEnd + "|" + P + @"(?:بازگشت|بازده)\s+سرمایه")),
        (ObjectiveMetric.ResponseTime, Compile(E + @"(?:(?:response|reply)\s+times?|time\s+to\s+(?:respond|reply)|first\s+response)" + EEnd
            + "|" + P + @"(?:زمان|سرعت)\s+(?:پاسخ|جواب)")),
        (ObjectiveMetric.HashtagUses, Compile(E + @"(?:hashtags?" + EEnd + @"|(?:uses?|using|mentions?)\s+(?:of\s+)?#)|" + P + "هشتگ")),
        (ObjectiveMetric.ShareOfVoice, Compile(E + @"(?:share\s+of\s+voice|market\s+share)" + EEnd + "|" + P + @"سهم\s+(?:بازار|صدا)")),
        (ObjectiveMetric.Followers, Compile(E + @"(?:followers?|subscribers?|members|fans|follower\s+count)" + EEnd
            + "|" + P + @"(?:فالوور|فالوئر|فالور|دنبال\s*کننده|مشترک|عضو|اعضا|ممبر)")),
        (ObjectiveMetric.Reach, Compile(E + @"(?:reach(?!\s*(?:[\d$€£]|out" + EEnd + "))|people\\s+(?:a|per)\\s+week|(?:people|accounts)\\s+reached)" + EEnd
            + "|" + P + @"(?:دسترسی|ریچ)")),
        (ObjectiveMetric.Impressions, Compile(E + @"(?:impressions?|(?:video\s+)?views)" + EEnd + "|" + P + @"(?:نمایش|ایمپرشن|بازدید(?!\s*(?:از\s+)?(?:سایت|وب)))")),
        (ObjectiveMetric.Clicks, Compile(E + @"(?:(?:link\s+)?clicks?|(?:website|site|web)\s+(?:visits|traffic|visitors)|traffic|visits|visitors)" + EEnd
            + "|" + P + @"(?:کلیک|بازدید\s+(?:از\s+)?(?:سایت|وب)|ترافیک)")),
        (ObjectiveMetric.Conversions, Compile(E + @"(?:conversions?|sign[\s-]?ups?|registrations?|downloads?|installs?)" + EEnd
            + "|" + P + @"(?:تبدیل(?!\s*(?:شدن|شویم|شود|شده|کردن|به))|ثبت\s*نام|دانلود|نصب)")),
        (ObjectiveMetric.Leads, Compile(E + @"(?:leads|lead\s+gen(?:eration)?|inquiries|enquiries)" + EEnd + "|" + P + @"(?:سرنخ|لید)")),
        (ObjectiveMetric.Sales, Compile(E + @"(?:sales|sell|selling|orders?|purchases?|bookings?)" + EEnd + "|" + P + @"(?:فروش|سفارش|خرید)")),
        (ObjectiveMetric.Revenue, Compile(E + @"(?:revenue|income|turnover|gmv)" + EEnd + "|" + P + @"(?:درآمد|درامد|گردش\s+مالی)")),
    ];

    /// <summary>The first metric named in folded text, or null.</summary>
    public static ObjectiveMetric? Find(string folded)
    {
        var matches = Entries
            .SelectMany(e => e.Pattern.Matches(folded).Select(m => (e.Metric, m.Index, m.Length)))
            .ToList();
        var standalone = matches.Where(m => !matches.Exists(o => o != m && o.Length > m.Length && o.Index <= m.Index && o.Index + o.Length >= m.Index + m.Length));
        var first = standalone.OrderBy(m => m.Index).Select(m => (ObjectiveMetric?)m.Metric).FirstOrDefault();
        return first ?? (ReachBeforeNumber().IsMatch(folded) ? ObjectiveMetric.Reach : null);
    }

    // "reach 10k followers" uses reach as a verb, so the Reach entry skips it; with no other metric named,
    // "grow reach 20%" means the metric after all.
    [GeneratedRegex(@"(?<![\p{L}\d])reach(?![\p{L}\d])")]
    private static partial Regex ReachBeforeNumber();

    private static Regex Compile(string pattern) => new(pattern, RegexOptions.CultureInvariant | RegexOptions.Compiled);
}
