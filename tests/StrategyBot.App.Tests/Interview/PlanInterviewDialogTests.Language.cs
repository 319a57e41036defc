using System.Text.RegularExpressions;
using StrategyBot.Domain.Planning;
using StrategyBot.Testing;

namespace StrategyBot.App.Tests.Interview;

/// <summary>"language" while a question of any step waits: the same question again, in the new language, and on in it.</summary>
public sealed partial class PlanInterviewDialogTests
{
    private const string SwitchedToPersian = "حتماً! از این به بعد فارسی صحبت می‌کنیم.";
    private const string SwitchedToEnglish = "Done! I'll speak English from now on.";

    [Fact]
    public async Task Language_SwitchedAtTheFirstObjectiveQuestion_AsksItInPersianAndGoesOnInPersian()
    {
        var bot = InterviewHarness.CreateWithObjectives();
        await InterviewScript.ThroughSituationAsync(bot);

        (await bot.SendAsync("language فارسی")).Says(SwitchedToPersian).AsksCard("به کدام دسته از اهداف مربوط است؟").AssertNoMoreReplies();
        var turn = await bot.SendAsync("آگاهی از برند");

        turn.Says("را در یک خط بنویسید").AssertNoMoreReplies();
    }

    [Fact]
    public async Task Language_SwitchedWhileSmartCoachingAsks_AsksTheSameCriterionInTheNewLanguage()
    {
        var bot = InterviewHarness.CreateWithObjectives(locale: "fa-IR");
        await InterviewScript.AnswerAllAsync(bot, ["سلام", .. PlanAnswers.SituationPersian, "آگاهی از برند"]);
        (await bot.SendAsync("بیشتر دیده شویم")).AssertReplyActivity(a => ReplyAssert.Visible(a).Contains("SMART", StringComparison.Ordinal));

        var turn = await bot.SendAsync("زبان انگلیسی");

        turn.Says(SwitchedToEnglish).AssertReplyActivity(a => IsEnglishQuestion(ReplyAssert.Visible(a)), "the same question in English").AssertNoMoreReplies();
    }

    [Fact]
    public async Task Language_SwitchedAtTheFirstControlQuestion_AsksItInPersian()
    {
        var bot = InterviewHarness.CreateWithObjectives();
        var plan = SamplePlan.ThroughTactics() with { Actions = [new ActionItem { What = "Publish 3 reels", Owner = "Sara", Due = new DateOnly(2027, 3, 20) }] };
        await bot.SeedAsync(plan);
        var first = await bot.SendAsync("hi");
        Assert.Contains(first.Replies, r => ReplyAssert.Visible(r).Contains("Which KPIs will track", StringComparison.Ordinal));

        var turn = await bot.SendAsync("language فارسی");

        turn.Says(SwitchedToPersian).Says("کدام KPIها هدف").AssertNoMoreReplies();
    }

    [Fact]
    public async Task Language_SwitchedAtAnActionDate_AsksTheDateInPersian()
    {
        var bot = InterviewHarness.Create();
        await bot.SeedAsync(SamplePlan.ThroughTactics());
        await InterviewScript.AnswerAllAsync(bot, ["hi", "Publish 3 reels", "Sara"]);

        var turn = await bot.SendAsync("زبان فارسی");

        turn.Says(SwitchedToPersian).AsksCard("» چه تاریخی است؟").AssertNoMoreReplies();
    }

    // A question in English: Latin words and a question mark, no Persian letters.
    private static bool IsEnglishQuestion(string text) =>
        text.Contains('?', StringComparison.Ordinal) && !Regex.IsMatch(text, @"\p{IsArabic}");
}
