using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using StrategyBot.App.Cards;
using StrategyBot.App.Localization;
using StrategyBot.Domain.Planning;

namespace StrategyBot.App.Tests.Cards;

public sealed class PlanSummaryCardTests
{
    private static readonly DateTimeOffset NextCheckIn = new(2027, 1, 2, 9, 0, 0, TimeSpan.FromHours(3.5));

    public static TheoryData<string, Language> AllPlans => new()
    {
        { "complete-en", Language.English },
        { "complete-en", Language.Persian },
        { "complete-fa", Language.Persian },
        { "empty", Language.English },
        { "empty", Language.Persian },
        { "extreme-en", Language.English },
        { "extreme-fa", Language.Persian },
    };

    [Theory]
    [InlineData("complete-en", Language.English, "plan-summary.en")]
    [InlineData("complete-fa", Language.Persian, "plan-summary.fa")]
    [InlineData("empty", Language.English, "plan-summary-empty.en")]
    public void Build_Plan_MatchesGoldenFile(string plan, Language language, string golden)
    {
        var card = PlanSummaryCard.Build(Plan(plan), language, plan == "empty" ? null : NextCheckIn);

        GoldenFile.AssertMatches(golden, card);
    }

    [Theory]
    [MemberData(nameof(AllPlans))]
    public void Build_AnyPlan_ValidSingleColumnAndWithinBudget(string plan, Language language)
    {
        var card = PlanSummaryCard.Build(Plan(plan), language, NextCheckIn);

        CardAssert.ValidForTeams(card);
        Assert.Empty(CardAssert.OfType(card, "ColumnSet"));
        Assert.InRange(CardSize.Measure(card), 1, CardSize.PlanSummaryLimit);
    }

    [Theory]
    [InlineData("extreme-en", Language.English)]
    [InlineData("extreme-fa", Language.Persian)]
    public void Build_ExtremeHostilePlan_ShortenedAndNeutralised(string plan, Language language)
    {
        var card = PlanSummaryCard.Build(Plan(plan), language, NextCheckIn);

        var visible = CardAssert.VisibleText(card);
        Assert.DoesNotContain("](", visible, StringComparison.Ordinal);
        Assert.DoesNotContain("://", visible, StringComparison.Ordinal);
        Assert.DoesNotContain('[', visible);
        Assert.Equal(6, CardAssert.OfType(card, "Action.Submit").Count());
    }

    [Fact]
    public void Build_Persian_RightToLeftWithPersianDigitsAndJalaliDates()
    {
        var card = PlanSummaryCard.Build(SamplePlans.CompletePersian(), Language.Persian, NextCheckIn);

        var visible = CardAssert.VisibleText(card);
        CardAssert.RightToLeft(card);
        Assert.Contains("۶ از ۶ مرحله", visible, StringComparison.Ordinal);
        Assert.Contains("۱۲ دی ۱۴۰۵ \u200F(\u200E2 January 2027\u200E)\u200F", visible, StringComparison.Ordinal);
        Assert.Contains("۷۰٪", visible, StringComparison.Ordinal);
        Assert.Contains("۳۰٬۰۰۰٬۰۰۰ تومان", visible, StringComparison.Ordinal);
        // Latin digits only in the Gregorian date kept beside each Jalali one.
        Assert.DoesNotMatch("[0-9]{4}", Regex.Replace(visible, "\u200E[0-9]{1,2} [A-Za-z]+ [0-9]{4}\u200E", string.Empty));
    }

    [Fact]
    public void Build_DeeperPlan_ShowsCtasPerChannelAdToolsCalendarCampaignsAndExperimentsWithWinners()
    {
        var card = PlanSummaryCard.Build(SamplePlans.CompleteEnglish(), Language.English, NextCheckIn);

        var visible = CardAssert.VisibleText(card);

        Assert.Contains("**CTA per channel:** Instagram: Order via link in bio, Telegram: Join the channel", visible, StringComparison.Ordinal);
        Assert.DoesNotContain("https://example.com/order", visible, StringComparison.Ordinal);
        Assert.Contains("**Ad tools:** Meta Ads Manager, Google Ads", visible, StringComparison.Ordinal);
        Assert.Contains("**Calendar:** Instagram: 3 a week · dated posts: 1, the first on 21 December 2026: Yalda giveaway", visible, StringComparison.Ordinal);
        Assert.Contains("**Campaigns:** Nowruz sale (1 March 2027 to 20 March 2027)", visible, StringComparison.Ordinal);
        Assert.Contains("**A/B tests**", visible, StringComparison.Ordinal);
        Assert.Contains("• Reels with and without the maker's face · A won: With the face · change: Every reel opens on the maker's face", visible, StringComparison.Ordinal);
        Assert.Contains("• Short captions get more clicks · until 17 January 2027", visible, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_DeeperPlanInPersian_ShowsTheWinnerAndTheChangeInPersian()
    {
        var card = PlanSummaryCard.Build(SamplePlans.CompletePersian(), Language.Persian, NextCheckIn);

        var visible = CardAssert.VisibleText(card);

        Assert.Contains("دعوت به اقدام هر کانال", visible, StringComparison.Ordinal);
        Assert.Contains("اینستاگرام: سفارش از لینک بیو", visible, StringComparison.Ordinal);
        Assert.Contains("ابزارهای تبلیغات", visible, StringComparison.Ordinal);
        Assert.Contains("اینستاگرام: هفته‌ای ۳", visible, StringComparison.Ordinal);
        Assert.Contains("حراج نوروز", visible, StringComparison.Ordinal);
        Assert.Contains("A برنده شد: با چهره · تغییر: همهٔ ریلزها با چهره شروع شوند", visible, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_EditActions_OnePerStepInOrder()
    {
        var card = PlanSummaryCard.Build(SamplePlans.CompleteEnglish(), Language.English, NextCheckIn);

        var edits = CardAssert.OfType(card, "Action.Submit").ToList();

        Assert.Equal(["situation", "objectives", "strategy", "tactics", "action", "control"], edits.Select(e => (string?)e["data"]!["step"]));
        Assert.All(edits, e => Assert.Equal("edit", (string?)e["data"]!["action"]));
        Assert.Equal("Edit Situation", (string?)edits[0]["title"]);
    }

    [Fact]
    public void Build_Objectives_ShowSmartBadgesAndTargets()
    {
        var card = PlanSummaryCard.Build(SamplePlans.CompleteEnglish(), Language.English, NextCheckIn);

        var visible = CardAssert.VisibleText(card);

        Assert.Contains("S ✓ · M ✓ · A ✓ · R ✓ · T ✓", visible, StringComparison.Ordinal);
        Assert.Contains("S ✓ · M ✓ · A ✗ · R ✓ · T ✓", visible, StringComparison.Ordinal);
        Assert.Contains("Target: 12,000 by 20 March 2027", visible, StringComparison.Ordinal);
        Assert.Contains("Target: 300 by 21 June 2027", visible, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_KpisAndBudget_ShownAsFacts()
    {
        var card = PlanSummaryCard.Build(SamplePlans.CompleteEnglish(), Language.English, NextCheckIn);

        var facts = CardAssert.OfType(card, "FactSet").SelectMany(f => f["facts"]!.AsArray()).Select(f => ((string?)f!["title"], (string?)f["value"])).ToList();

        Assert.Contains(("Instagram · paid", "60% · 30,000,000 toman"), facts);
        Assert.Contains(("Engagement rate by reach", "4.5% by 20 March 2027"), facts);
        Assert.Contains(("Cost per acquisition (CPA)", "100,000 toman by 21 June 2027"), facts);
    }

    [Fact]
    public void Build_NoCheckInScheduled_SaysSo()
    {
        var card = PlanSummaryCard.Build(SamplePlans.Empty(), Language.English, null);

        Assert.Contains("Weekly check-in: not scheduled yet", CardAssert.VisibleText(card), StringComparison.Ordinal);
    }

    [Fact]
    public void Build_CompletePlan_NextCheckInInUserTime()
    {
        var card = PlanSummaryCard.Build(SamplePlans.CompleteEnglish(), Language.English, NextCheckIn);

        Assert.Contains("Next check-in: Saturday 2 January 2027, 09:00", CardAssert.VisibleText(card), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Language.English)]
    [InlineData(Language.Persian)]
    public void Build_OpensCollapsed_EachStepTitleTogglesItsOwnDetailsWithTheEditButton(Language language)
    {
        var card = PlanSummaryCard.Build(Plan(language == Language.Persian ? "complete-fa" : "complete-en"), language, NextCheckIn);

        var headers = CardAssert.Elements(card).Where(e => e["selectAction"] is JsonObject).ToList();
        Assert.Equal(6, headers.Count);
        var byId = CardAssert.Elements(card).Where(e => e["id"] is not null).ToDictionary(e => (string)e["id"]!, StringComparer.Ordinal);
        foreach (var header in headers)
        {
            var toggle = header["selectAction"]!.AsObject();
            Assert.Equal("Action.ToggleVisibility", (string?)toggle["type"]);
            var details = byId[(string)Assert.Single(toggle["targetElements"]!.AsArray())!];
            Assert.False((bool)details["isVisible"]!);
            Assert.Single(CardAssert.Elements(details), e => CardAssert.Type(e) == "Action.Submit");
        }

        var expanded = PlanSummaryCard.Build(Plan(language == Language.Persian ? "complete-fa" : "complete-en"), language, NextCheckIn, expanded: true);
        Assert.DoesNotContain(CardAssert.Elements(expanded), e => e["isVisible"] is not null);
        CardAssert.ValidForTeams(card);
    }

    [Fact]
    public void Build_ElementIds_Unique()
    {
        var card = PlanSummaryCard.Build(SamplePlans.CompleteEnglish(), Language.English, NextCheckIn);

        var ids = CardAssert.Elements(card).Select(e => (string?)e["id"]).OfType<string>().ToList();

        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
    }

    private static MarketingPlan Plan(string name) => name switch
    {
        "complete-en" => SamplePlans.CompleteEnglish(),
        "complete-fa" => SamplePlans.CompletePersian(),
        "extreme-en" => SamplePlans.Extreme("en"),
        "extreme-fa" => SamplePlans.Extreme("fa"),
        _ => SamplePlans.Empty(),
    };
}
