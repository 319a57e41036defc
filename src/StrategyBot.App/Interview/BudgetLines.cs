using System.Text.RegularExpressions;
using StrategyBot.Domain.Planning;
using StrategyBot.Domain.Text;

namespace StrategyBot.App.Interview;

/// <summary>
/// The ad budget split as people type it: one line per platform and strategy with its share, for example
/// "Instagram paid 60, Telegram 25, Instagram organic 15" or "اینستاگرام تبلیغات ۶۰". A line without a strategy
/// word is paid (it is the ad budget). The shares must total 100; when they do not, the problem names the
/// remainder so the user knows exactly how much is left to place or is too much.
/// </summary>
internal static partial class BudgetLines
{
    /// <summary>Reads an answer the prompt's validator already accepted.</summary>
    public static IReadOnlyList<BudgetLine> Parse(string text) =>
        TryParse(text, out var lines, out _) ? lines : throw new FormatException("The budget split was accepted but does not parse.");

    public static bool TryParse(string text, out IReadOnlyList<BudgetLine> lines, out AnswerProblem? problem)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parsed = new List<BudgetLine>();
        lines = parsed;
        foreach (var segment in Segments().Split(text).Select(s => s.Trim()).Where(s => s.Any(char.IsLetterOrDigit)))
        {
            problem = ReadLine(segment, out var line);
            if (problem is not null)
            {
                return false;
            }

            var duplicate = parsed.Find(l => l.Platform == line.Platform && l.Strategy == line.Strategy);
            if (duplicate is not null)
            {
                problem = new AnswerProblem(InterviewText.RetryBudgetDuplicate, new BudgetLineLabel(line.Platform, line.Strategy));
                return false;
            }

            parsed.Add(line);
        }

        problem = Total(parsed);
        return problem is null;
    }

    /// <summary>The lines in the form this parser reads back, one per line: "Instagram paid 60".</summary>
    public static string Format(IEnumerable<BudgetLine> lines) =>
        string.Join('\n', lines.Select(l => $"{Platforms.EnglishName(l.Platform)} {Word(l.Strategy)} {l.Percent.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture)}"));

    private static string Word(BudgetStrategy strategy) => strategy switch
    {
        BudgetStrategy.Organic => "organic",
        BudgetStrategy.Influencers => "influencers",
        _ => "paid",
    };

    private static AnswerProblem? ReadLine(string segment, out BudgetLine line)
    {
        line = new BudgetLine();
        var platforms = Platforms.FindAll(segment);
        if (platforms.Count == 0)
        {
            return new AnswerProblem(InterviewText.RetryBudgetNoPlatform, QuestionScope.Quote(segment, 40));
        }

        if (platforms.Count > 1)
        {
            return new AnswerProblem(InterviewText.RetryBudgetTwoPlatforms, QuestionScope.Quote(segment, 40));
        }

        var words = TextNormalizer.ForMatching(segment);
        var strategy = InfluencerWords().IsMatch(words) ? BudgetStrategy.Influencers
            : OrganicWords().IsMatch(words) ? BudgetStrategy.Organic
            : BudgetStrategy.Paid;
        var label = new BudgetLineLabel(platforms[0], strategy);
        var shares = QuantityParser.FindAll(segment).Where(m => m.Quantity.Kind != QuantityKind.Multiplier).ToList();
        if (shares.Count != 1)
        {
            return new AnswerProblem(InterviewText.RetryBudgetNoPercent, label);
        }

        var percent = shares[0].Quantity.Value;
        if (percent is < 0m or > 100m)
        {
            return new AnswerProblem(InterviewText.RetryBudgetRange, label);
        }

        line = new BudgetLine { Platform = platforms[0], Strategy = strategy, Percent = percent };
        return null;
    }

    private static AnswerProblem? Total(List<BudgetLine> lines)
    {
        if (lines.Count == 0)
        {
            return new AnswerProblem(InterviewText.RetryListEmpty);
        }

        var total = lines.Sum(l => l.Percent);
        var gap = 100m - total;
        if (Math.Abs(gap) <= PlanRules.PercentTolerance)
        {
            return null;
        }

        return gap > 0
            ? new AnswerProblem(InterviewText.RetryBudgetUnder, new PercentValue(total), new PercentValue(gap))
            : new AnswerProblem(InterviewText.RetryBudgetOver, new PercentValue(total), new PercentValue(-gap));
    }

    [GeneratedRegex(@"\r\n|[\r\n;؛،]|,(?!\d{3})|\s+(?:and|&|\+|و)\s+", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Segments();

    [GeneratedRegex(@"\b(?:organic|content|unpaid)\b|ارگانیک|محتوا", RegexOptions.CultureInvariant)]
    private static partial Regex OrganicWords();

    // "influencers", "influencer marketing", "collabs"; Persian writes it اینفلوئنسر or اینفلوانسر, or says همکاری.
    [GeneratedRegex(@"\b(?:influencers?|influencer\s+marketing|collabs?|collaborations?|creators?)\b|اینفلو(?:ئ|ا|ي|ی)?نسر|همکاری", RegexOptions.CultureInvariant)]
    private static partial Regex InfluencerWords();
}
