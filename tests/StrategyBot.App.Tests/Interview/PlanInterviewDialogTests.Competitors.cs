using StrategyBot.App.Tests.Cards;
using StrategyBot.Testing;

namespace StrategyBot.App.Tests.Interview;

/// <summary>Editing the Situation step down to fewer competitors.</summary>
public sealed partial class PlanInterviewDialogTests
{
    private static readonly string[] TwoCompetitorsEnglish =
    [
        .. PlanAnswers.SituationEnglish[..9],
        "Cake Corner", "Instagram", "Daily reels of decorating", "yes",
        "Sweet Home", "Telegram", "Weekly discounts", "no",
        .. PlanAnswers.SituationEnglish[10..],
    ];

    [Fact]
    public async Task EditSituation_RemoveTheSecondCompetitor_LeavesOnlyTheFirstInThePlanAndTheSummary()
    {
        var bot = InterviewHarness.Create();
        await InterviewScript.AnswerAllAsync(bot, ["hi", .. TwoCompetitorsEnglish]);
        Assert.Equal(2, (await bot.PlanAsync()).Situation.Competitors.Count);
        await bot.SendAsync("edit situation");
        await InterviewScript.AnswerAllAsync(bot, ["keep", "keep", "keep", "keep", "keep", "keep", "keep", "keep", "no", "keep", "keep"]);

        (await bot.SendAsync("keep")).SaysAll("Competitor 2", "Current answer: Sweet Home.").WithSuggestedActions("Remove this competitor", "Keep", "Skip");
        (await bot.SendAsync("remove")).Says("Competitor 2 (Sweet Home) removed.").Says("Add another competitor? You have 1 of").AssertNoMoreReplies();
        var summary = await bot.SendAsync("show my plan");

        Assert.Equal(["Cake Corner"], (await bot.PlanAsync()).Situation.Competitors.Select(c => c.Name));
        var card = ReplyAssert.Card(summary.Replies[0])!;
        Assert.DoesNotContain("Sweet Home", CardAssert.VisibleText(card), StringComparison.Ordinal);
    }

    [Fact]
    public async Task EditSituation_RemoveTheOnlyCompetitorInPersian_NoneLeftAndTheStepGoesOnToSwot()
    {
        var bot = InterviewHarness.Create(locale: "fa-IR");
        string[] oneCompetitor = [.. PlanAnswers.SituationPersian[..9], "کیک کرنر", "اینستاگرام", "ریلز روزانه", "نه", .. PlanAnswers.SituationPersian[10..]];
        await InterviewScript.AnswerAllAsync(bot, ["سلام", .. oneCompetitor, "ویرایش تحلیل موقعیت"]);
        await InterviewScript.AnswerAllAsync(bot, ["همین بماند", "همین بماند", "همین بماند", "همین بماند", "همین بماند", "همین بماند", "همین بماند", "همین بماند", "نه"]);

        var turn = await bot.SendAsync("حذف");

        turn.Says("رقیب ۱ (کیک کرنر) حذف شد.").Says("نقاط قوت").AssertNoMoreReplies();
        Assert.Empty((await bot.PlanAsync()).Situation.Competitors);
    }
}
