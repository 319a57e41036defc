using System.Text.RegularExpressions;
using StrategyBot.App.Interview.Objectives;
using StrategyBot.App.Localization;
using StrategyBot.Domain.Planning;
using StrategyBot.Domain.Smart;

namespace StrategyBot.App.Tests.Interview.Objectives;

public sealed class SmartFindingTextsTests
{
    private static readonly DateOnly Today = ObjectiveTestKit.Today;

    public static TheoryData<Language, SmartFindingCode> EveryCodeInBothLanguages()
    {
        var data = new TheoryData<Language, SmartFindingCode>();
        foreach (var language in Enum.GetValues<Language>())
        {
            foreach (var code in Enum.GetValues<SmartFindingCode>())
            {
                data.Add(language, code);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EveryCodeInBothLanguages))]
    public void Describe_EveryCode_IsASentenceInTheLanguage(Language language, SmartFindingCode code)
    {
        var finding = new SmartFinding
        {
            Code = code,
            Metric = ObjectiveMetric.Followers,
            Platform = Platform.Instagram,
            Baseline = 4_200,
            Deadline = new DateOnly(2027, 1, 26),
            ImpliedMonthlyGrowthPercent = 208,
            Limit = 10,
            SuggestedTarget = 5_080,
            SuggestedDeadline = new DateOnly(2028, 11, 26),
            SuggestedPlatforms = [Platform.Instagram, Platform.LinkedIn],
        };
        var assessment = new SmartAssessment { TargetValue = 40_000, ResolvedTarget = 40_000, Baseline = 4_200, Metric = ObjectiveMetric.Followers };

        var sentence = SmartFindingTexts.Describe(language, finding, assessment, Today);

        Assert.False(string.IsNullOrWhiteSpace(sentence));
        Assert.DoesNotContain("{", sentence, StringComparison.Ordinal);
        Assert.Equal(language == Language.Persian, sentence.Any(c => c is >= '\u0600' and <= '\u06FF'));
        var outsideGregorianDates = Regex.Replace(sentence, "\u200E[^\u200E]*\u200E", string.Empty);
        Assert.True(language == Language.English || !outsideGregorianDates.Any(char.IsAsciiDigit), sentence);
    }

    [Fact]
    public void Describe_GrowthUnrealistic_SaysTheImpliedRateTheCeilingAndBothFixes()
    {
        var finding = new SmartFinding
        {
            Code = SmartFindingCode.GrowthUnrealistic,
            Metric = ObjectiveMetric.Followers,
            Baseline = 4_200,
            Deadline = new DateOnly(2027, 1, 26),
            ImpliedMonthlyGrowthPercent = 208.6m,
            Limit = 10,
            SuggestedTarget = 5_080,
            SuggestedDeadline = new DateOnly(2028, 11, 26),
        };
        var assessment = new SmartAssessment { ResolvedTarget = 40_000, Baseline = 4_200, Metric = ObjectiveMetric.Followers };

        var english = SmartFindingTexts.Describe(Language.English, finding, assessment, Today);
        var persian = SmartFindingTexts.Describe(Language.Persian, finding, assessment, Today);

        Assert.Equal("Growing 4,200 → 40,000 in 2 months needs 209% a month; most accounts manage at most 10%. "
            + "Try 5,080 by 26 January 2027, or give yourself until 26 November 2028.", english);
        Assert.StartsWith("رسیدن از ۴٬۲۰۰ به ۴۰٬۰۰۰ در ۲ ماه یعنی ماهی ۲۰۹٪ رشد", persian, StringComparison.Ordinal);
        Assert.Contains("۵٬۰۸۰ تا ۶ بهمن ۱۴۰۵", persian, StringComparison.Ordinal);
    }

    [Fact]
    public void Describe_TargetMissingWithBaseline_ProposesANumberFromTheBaseline()
    {
        var finding = new SmartFinding
        {
            Code = SmartFindingCode.TargetMissing, Metric = ObjectiveMetric.Followers, Baseline = 4_200, SuggestedTarget = 5_000, Deadline = new DateOnly(2027, 6, 30),
        };

        var sentence = SmartFindingTexts.Describe(Language.English, finding, new SmartAssessment(), Today);

        Assert.Equal("A target needs a number: you're at 4,200 followers now. 5,000 by 30 June 2027?", sentence);
    }

    [Fact]
    public void Describe_PlatformMissing_NamesThePersonasPlatforms()
    {
        var finding = new SmartFinding { Code = SmartFindingCode.PlatformMissing, SuggestedPlatforms = [Platform.Instagram, Platform.LinkedIn] };

        var english = SmartFindingTexts.Describe(Language.English, finding, new SmartAssessment(), Today);
        var persian = SmartFindingTexts.Describe(Language.Persian, finding, new SmartAssessment(), Today);

        Assert.Equal("Which platform? Your personas are on Instagram and LinkedIn.", english);
        Assert.Equal("روی کدام پلتفرم؟ پرسوناهای شما در اینستاگرام و لینکدین هستند.", persian);
    }

    [Fact]
    public void Message_FailedCriteria_AreListedInSmartOrderUnderTheBadges()
    {
        var assessment = new SmartAssessment
        {
            Specific = true,
            Relevant = true,
            Findings =
            [
                new SmartFinding { Criterion = SmartCriterion.TimeBound, Code = SmartFindingCode.DeadlineMissing, SuggestedDeadline = new DateOnly(2027, 2, 26) },
                new SmartFinding { Criterion = SmartCriterion.Measurable, Code = SmartFindingCode.TargetMissing, Metric = ObjectiveMetric.Reach },
                new SmartFinding { Criterion = SmartCriterion.Attainable, Code = SmartFindingCode.RateUnrealistic, Metric = ObjectiveMetric.EngagementRate, Limit = 15m },
            ],
        };

        var message = SmartVerdict.Message(Language.English, assessment, Today);

        var lines = message.Split('\n');
        Assert.Equal("SMART check: \u200ES ✓ · M ✗ · A ✗ · R ✓ · T ✗\u200E", lines[0]);
        Assert.Equal(["• Measurable", "• Attainable", "• Time-bound"], lines[1..].Select(l => l[..l.IndexOf(':', StringComparison.Ordinal)]));
    }

    [Fact]
    public void Message_CoachingFindings_AreNotGivenAsReasons_AndAttainableWithoutTargetSaysWhy()
    {
        var assessment = new SmartAssessment
        {
            Specific = true,
            Relevant = true,
            TimeBound = true,
            Findings =
            [
                new SmartFinding { Criterion = SmartCriterion.Measurable, Code = SmartFindingCode.TargetMissing, Metric = ObjectiveMetric.Reach },
                new SmartFinding { Criterion = SmartCriterion.Measurable, Code = SmartFindingCode.BaselineMissing, Metric = ObjectiveMetric.Reach },
                new SmartFinding { Criterion = SmartCriterion.Attainable, Code = SmartFindingCode.ResourcesMissing },
            ],
        };

        var message = SmartVerdict.Message(Language.English, assessment, Today);

        Assert.Equal(
            "SMART check: \u200ES ✓ · M ✗ · A ✗ · R ✓ · T ✓\u200E\n"
            + "• Measurable: A target needs a number: what level of reach are you aiming for, or how much growth (for example +20%)?\n"
            + "• Attainable: Once there's a target, I'll check the growth it needs is within reach.",
            message);
    }
}
