using StrategyBot.App.Conversation;
using StrategyBot.Domain.Text;

namespace StrategyBot.App.Tests.Interview;

public sealed class ActionDialogTests
{
    [Fact]
    public async Task Actions_InEnglish_EachGetsAnOwnerAndADueDate()
    {
        var bot = InterviewHarness.Create();
        await bot.SeedAsync(SamplePlan.ThroughTactics());

        (await bot.SendAsync("hi")).Says("Welcome back — we're at Action, step 5 of 6.").Says("Action 1: what needs to be done?");
        (await bot.SendAsync("Publish 3 reels about the new menu")).Says("Who owns \"Publish 3 reels about the new menu\"?");
        (await bot.SendAsync("Sara")).AsksCard("When is \"Publish 3 reels about the new menu\" due?");
        (await bot.SendAsync("2020-01-01")).Says("That date is before 1 March 2027. Please pick 1 March 2027 or later.");
        Assert.Null((await bot.PlanAsync()).Actions[0].Due);
        (await bot.SendAsync("next Friday")).Says("Add another action? You have 1 so far.");
        (await bot.SendAsync("yes")).Says("Action 2: what needs to be done?");
        (await bot.SendAsync("Launch the Nowruz campaign")).Says("Who owns");
        (await bot.SendAsync("Reza")).AsksCard("When is \"Launch the Nowruz campaign\" due?");
        (await bot.SendAsync("2027-03-15")).Says("Add another action? You have 2 so far.");
        (await bot.SendAsync("no")).Says("Instagram: what's your weekly rhythm?");
        await InterviewScript.AnswerAllAsync(bot, ["skip", "skip"]);
        var turn = await bot.SendAsync("skip");

        turn.Says("✓ Action is done.").Says(FakeControlDialog.Question).AssertNoMoreReplies();
        var actions = (await bot.PlanAsync()).Actions;
        Assert.Equal(
            [("Publish 3 reels about the new menu", "Sara", new DateOnly(2027, 3, 5)), ("Launch the Nowruz campaign", "Reza", new DateOnly(2027, 3, 15))],
            actions.Select(a => (a.What, a.Owner!, a.Due!.Value)));
    }

    [Fact]
    public async Task DueDate_InPersian_AcceptsJalaliDatesWithPersianDigits()
    {
        var bot = InterviewHarness.Create(locale: "fa-IR");
        await bot.SeedAsync(SamplePlan.ThroughTactics());

        (await bot.SendAsync("سلام")).Says("خوش برگشتید! الان در مرحلهٔ ۵ از ۶ هستیم: اقدام.").Says("اقدام ۱: چه کاری باید انجام شود؟");
        (await bot.SendAsync("انتشار ۳ ریلز دربارهٔ منوی جدید")).Says("مسئول «انتشار ۳ ریلز دربارهٔ منوی جدید» کیست؟");
        (await bot.SendAsync("سارا")).AsksCard("مهلت «انتشار ۳ ریلز دربارهٔ منوی جدید» چه تاریخی است؟");
        (await bot.SendAsync("هر وقت شد")).Says("این تاریخ را متوجه نشدم.");
        (await bot.SendAsync("۱۵ فروردین ۱۴۰۶")).Says("اقدام دیگری اضافه کنیم؟ تا الان ۱ اقدام دارید.");

        var plan = await bot.PlanAsync();
        Assert.Equal(JalaliDate.FromJalali(1406, 1, 15), plan.Actions.Single().Due);
        Assert.Equal("سارا", plan.Actions.Single().Owner);
        Assert.Null(TurnState.Of(await bot.StateAsync()).Profile.LanguageChoice);
    }
}
