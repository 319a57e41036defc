using StrategyBot.App.Tests.Cards;
using StrategyBot.Domain.Planning;
using StrategyBot.Domain.Text;
using StrategyBot.Testing;

namespace StrategyBot.App.Tests.Interview;

/// <summary>The whole interview in Persian, and every card the interview sends, in both languages.</summary>
public sealed partial class PlanInterviewDialogTests
{
    // The stack carries the current question's options (card included); far below the store's per-document cap.
    private const int MaxStackLength = 64 * 1024;

    [Fact]
    public async Task WholePlan_InPersian_EndsWithARightToLeftSummaryCardAndEveryAnswerSaved()
    {
        var bot = InterviewHarness.Create(locale: "fa-IR");
        var log = new List<HarnessTurn>();

        var turns = await InterviewScript.AnswerAllAsync(bot, ["سلام", .. PlanAnswers.SituationPersian, .. PlanAnswers.AfterSituationPersian], log);

        log[^1].Says("✓ مرحلهٔ کنترل تمام شد.").ShowsSummaryCard().AssertNoMoreReplies();
        var plan = await bot.PlanAsync();
        Assert.True(SostacProgress.Evaluate(plan).IsComplete);
        Assert.Equal(("fa", 12_500L, 30_000L), (plan.Language, plan.Situation.Presence[0].Followers!.Value, plan.Situation.Presence[0].WeeklyReach!.Value));
        Assert.Equal((70m, 30m), (plan.Strategy.ContentPercent!.Value, plan.Strategy.PaidPercent!.Value));
        Assert.Equal(["#نان_سارا"], plan.Tactics.BrandedHashtags);
        Assert.Equal([7_000_000m, 3_000_000m], plan.Tactics.Budget.Lines.Select(l => l.Amount!.Value));
        Assert.Equal(JalaliDate.FromJalali(1406, 1, 15), plan.Actions.Single().Due);
        output.WriteLine($"The whole plan in Persian took {turns} turns.");
    }

    [Fact]
    public async Task WholePlan_InPersian_SummaryCardShowsEveryNumberInPersianDigits()
    {
        var bot = InterviewHarness.Create(locale: "fa-IR");
        var log = new List<HarnessTurn>();
        await InterviewScript.AnswerAllAsync(bot, ["سلام", .. PlanAnswers.SituationPersian, .. PlanAnswers.AfterSituationPersian], log);

        var card = log[^1].Replies.Select(ReplyAssert.Card).OfType<System.Text.Json.Nodes.JsonObject>().Single();

        var visible = CardAssert.VisibleText(card);
        Assert.Contains("سارای پرمشغله، مادر شاغل (۲۵ تا ۳۴)", visible, StringComparison.Ordinal);
        // Only the Gregorian dates shown beside the Jalali ones (kept left-to-right between LRMs) are in Latin digits.
        var withoutGregorian = System.Text.RegularExpressions.Regex.Replace(visible, "\u200E[^\u200E]*\u200E", string.Empty);
        Assert.DoesNotMatch("[0-9]", withoutGregorian);
    }

    [Theory]
    [InlineData("en-US")]
    [InlineData("fa-IR")]
    public async Task EveryCard_OfTheWholeInterview_IsValidForTeamsAndInTheUsersDirection(string locale)
    {
        var bot = InterviewHarness.Create(locale: locale);
        var log = new List<HarnessTurn>();
        string[] script = locale == "fa-IR"
            ? ["سلام", .. PlanAnswers.SituationPersian, .. PlanAnswers.AfterSituationPersian]
            : ["hi", .. PlanAnswers.SituationEnglish, "Grow reach", .. PlanAnswers.StrategyEnglish, .. PlanAnswers.TacticsEnglish, .. PlanAnswers.ActionEnglish, "yes"];

        var stackLengths = new List<int>();
        foreach (var answer in script)
        {
            log.Add(await bot.SendAsync(answer));
            stackLengths.Add((await bot.StateAsync()).Get("dialogs")?.ToJsonString().Length ?? 0);
        }

        var cards = log.SelectMany(t => t.Replies).Select(ReplyAssert.Card).OfType<System.Text.Json.Nodes.JsonObject>().ToList();
        Assert.True(cards.Count >= 15, $"only {cards.Count} cards");
        Assert.All(cards, card =>
        {
            CardAssert.ValidForTeams(card);
            if (locale == "fa-IR")
            {
                CardAssert.RightToLeft(card);
            }
            else
            {
                CardAssert.LeftToRight(card);
            }
        });
        Assert.True(stackLengths.Max() < MaxStackLength, $"the dialog stack grew to {stackLengths.Max()} characters");
    }
}
