using StrategyBot.App.Tests.Cards;
using StrategyBot.Testing;

namespace StrategyBot.App.Tests.Interview;

/// <summary>Editing the Situation step down to fewer personas.</summary>
public sealed partial class PlanInterviewDialogTests
{
    private static readonly string[] TwoPersonasEnglish =
    [
        .. PlanAnswers.SituationEnglish[..8], "yes", "Reza, a gift buyer", "35-44", "Instagram", "No gift ideas", "Gift guides", "no",
        .. PlanAnswers.SituationEnglish[9..],
    ];

    [Fact]
    public async Task EditSituation_RemoveTheSecondPersona_LeavesOnlyTheFirstInThePlanAndTheSummary()
    {
        var bot = InterviewHarness.Create();
        await InterviewScript.AnswerAllAsync(bot, ["hi", .. TwoPersonasEnglish]);
        Assert.Equal(2, (await bot.PlanAsync()).Situation.Personas.Count);
        await bot.SendAsync("edit situation");
        await InterviewScript.AnswerAllAsync(bot, ["keep", "keep", "keep", "keep", "keep", "keep", "keep"]);

        (await bot.SendAsync("keep")).SaysAll("Persona 2", "Current answer: Reza, a gift buyer.").WithSuggestedActions("Remove this persona", "Keep");
        (await bot.SendAsync("remove")).Says("Persona 2 (Reza) removed.").Says("Add another persona? You have 1 of 3.").AssertNoMoreReplies();
        var summary = await bot.SendAsync("show my plan");

        Assert.Equal(["Busy Sara, a working mum"], (await bot.PlanAsync()).Situation.Personas.Select(p => p.Name));
        var card = ReplyAssert.Card(summary.Replies[0])!;
        Assert.DoesNotContain("Reza", CardAssert.VisibleText(card), StringComparison.Ordinal);
    }

    [Fact]
    public async Task EditSituation_RemoveInPersian_RemovesThatPersona()
    {
        var bot = InterviewHarness.Create(locale: "fa-IR");
        string[] twoPersonas =
        [
            .. PlanAnswers.SituationPersian[..8], "بله", "رضا، خریدار هدیه", "۳۵ تا ۴۴", "اینستاگرام", "ایده‌ای برای هدیه ندارد", "راهنمای هدیه", "نه",
            .. PlanAnswers.SituationPersian[9..],
        ];
        await InterviewScript.AnswerAllAsync(bot, ["سلام", .. twoPersonas, "ویرایش تحلیل موقعیت"]);
        await InterviewScript.AnswerAllAsync(bot, ["همین بماند", "همین بماند", "همین بماند", "همین بماند", "همین بماند", "همین بماند", "همین بماند", "همین بماند"]);

        var turn = await bot.SendAsync("حذف");

        turn.Says("حذف شد").Says("پرسونای دیگری اضافه کنیم؟").AssertNoMoreReplies();
        Assert.Equal(["سارای پرمشغله، مادر شاغل"], (await bot.PlanAsync()).Situation.Personas.Select(p => p.Name));
    }

    [Fact]
    public async Task EditSituation_RemoveTheOnlyPersona_IsRefusedBecauseAPlanNeedsOne()
    {
        var bot = InterviewHarness.Create();
        await InterviewScript.AnswerAllAsync(bot, ["hi", .. PlanAnswers.SituationEnglish, "edit situation", "keep", "keep", "keep"]);

        var turn = await bot.SendAsync("remove");

        turn.Says("A plan needs at least one persona, so Busy Sara stays.").SaysAll("Persona 1", "Current answer: Busy Sara, a working mum.").AssertNoMoreReplies();
        Assert.Equal(["Busy Sara, a working mum"], (await bot.PlanAsync()).Situation.Personas.Select(p => p.Name));
    }
}
