using StrategyBot.Domain.Kpis;
using StrategyBot.Domain.Planning;
using StrategyBot.Domain.Text;

namespace StrategyBot.App.Tests.Interview;

public sealed class CampaignQuestionsTests
{
    [Fact]
    public async Task Campaign_InEnglish_IsAskedFieldByFieldWithAnEndBeforeTheStartRefused()
    {
        var bot = InterviewHarness.Create();
        await bot.SeedAsync(SamplePlan.ThroughTactics());
        await InterviewScript.AnswerAllAsync(bot, ["hi", "Publish 3 reels", "Sara", "2027-03-20", "no", "skip", "skip"]);

        (await bot.SendAsync("Nowruz sale")).AsksCard("Which objective does \"Nowruz sale\" serve?");
        (await bot.SendAsync("Grow reach")).AsksCard("When does \"Nowruz sale\" start?");
        (await bot.SendAsync("2027-03-10")).AsksCard("When does \"Nowruz sale\" end?");
        (await bot.SendAsync("2027-03-05")).Says("That is before it starts (10 March 2027). Please pick 10 March 2027 or later.").AsksCard("When does \"Nowruz sale\" end?");
        (await bot.SendAsync("2027-03-25")).AsksCard("Where does \"Nowruz sale\" run?");
        (await bot.SendAsync("Instagram")).AsksCard("What's the budget for \"Nowruz sale\", in Toman (IRT)?");
        (await bot.SendAsync("5 million")).AsksCard("Which KPIs tell whether \"Nowruz sale\" worked?");
        (await bot.SendAsync("Reach, Clicks, good vibes")).Says("These aren't among my KPIs, so I left them out: good vibes.").Says("Add another campaign? You have 1 so far.");
        (await bot.SendAsync("no")).Says("✓ Action is done.");

        var campaign = Assert.Single((await bot.PlanAsync()).Campaigns);
        Assert.Equal(
            ("Nowruz sale", "o1", "Grow reach", new DateOnly(2027, 3, 10), new DateOnly(2027, 3, 25), 5_000_000m),
            (campaign.Name, campaign.ObjectiveId!, campaign.Goal!, campaign.Start, campaign.End, campaign.Budget!.Value));
        Assert.Equal([Platform.Instagram], campaign.Platforms);
        Assert.Equal([KpiIds.Reach, KpiIds.Clicks], campaign.KpiIds);
        Assert.Empty(campaign.Issues());
    }

    [Fact]
    public async Task Campaign_InPersian_TakesJalaliDatesAndPersianNumbers()
    {
        var bot = InterviewHarness.Create(locale: "fa-IR");
        await bot.SeedAsync(SamplePlan.ThroughTactics());
        await InterviewScript.AnswerAllAsync(bot, ["سلام", "انتشار ریلز", "سارا", "۱۵ فروردین ۱۴۰۶", "نه", "رد کن", "رد کن"]);

        (await bot.SendAsync("حراج نوروز")).AsksCard("«حراج نوروز» در خدمت کدام هدف است؟");
        (await bot.SendAsync("۱")).AsksCard("«حراج نوروز» کی شروع می‌شود؟");
        (await bot.SendAsync("۱۹ اسفند ۱۴۰۵")).AsksCard("«حراج نوروز» کی تمام می‌شود؟");
        (await bot.SendAsync("۵ فروردین ۱۴۰۶")).AsksCard("«حراج نوروز» در کدام پلتفرم‌ها اجرا می‌شود؟");
        (await bot.SendAsync("اینستاگرام")).AsksCard("بودجهٔ «حراج نوروز» چقدر است؟");
        (await bot.SendAsync("۵ میلیون")).AsksCard("با کدام شاخص‌ها");
        (await bot.SendAsync("دسترسی")).Says("کمپین دیگری اضافه کنیم؟ تا الان ۱ کمپین دارید.");
        await bot.SendAsync("نه");

        var campaign = Assert.Single((await bot.PlanAsync()).Campaigns);
        Assert.Equal(
            ("حراج نوروز", "o1", JalaliDate.FromJalali(1405, 12, 19), JalaliDate.FromJalali(1406, 1, 5), 5_000_000m),
            (campaign.Name, campaign.ObjectiveId!, campaign.Start, campaign.End, campaign.Budget!.Value));
        Assert.Equal([KpiIds.Reach], campaign.KpiIds);
    }

    [Fact]
    public async Task Campaigns_SkippedAtTheFirstName_AddNone()
    {
        var bot = InterviewHarness.Create();
        await bot.SeedAsync(SamplePlan.ThroughTactics());
        await InterviewScript.AnswerAllAsync(bot, ["hi", "Publish 3 reels", "Sara", "2027-03-20", "no", "skip", "skip"]);

        (await bot.SendAsync("skip")).Says("✓ Action is done.");

        Assert.Empty((await bot.PlanAsync()).Campaigns);
    }
}
