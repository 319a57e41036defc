using StrategyBot.Domain.Planning;
using StrategyBot.Domain.Text;

namespace StrategyBot.App.Tests.Interview;

public sealed class CalendarQuestionsTests
{
    [Fact]
    public async Task Calendar_InEnglish_KeepsTheProposedRhythmOrReadsATypedOneAndAddsADatedPost()
    {
        var bot = InterviewHarness.Create();
        await bot.SeedAsync(TwoPlatforms());
        await InterviewScript.AnswerAllAsync(bot, ["hi", "Publish 3 reels", "Sara", "2027-03-20"]);

        (await bot.SendAsync("no")).Says("Instagram: what's your weekly rhythm? From your plan I suggest: Monday Reels (Recipes), Wednesday Carousels (Tips), Friday Reels (Recipes).");
        (await bot.SendAsync("keep")).Says("Telegram: what's your weekly rhythm? From your plan I suggest: Monday Single image posts, Wednesday Single image posts, Friday Single image posts.");
        (await bot.SendAsync("Tuesday")).Says("Write each post as a day and a format");
        (await bot.SendAsync("lots of posts")).Says("I couldn't find a day in \"lots of posts\".");
        (await bot.SendAsync("Mon: story (offers); daily poll")).Says("Dated post 1: is there a post or theme");
        (await bot.SendAsync("2020-01-01")).Says("That date is before 1 March 2027.");
        (await bot.SendAsync("15 March 2027")).AsksCard("Which platform is the post on 15 March 2027 for?");
        (await bot.SendAsync("Telegram")).Says("What's the post or theme on 15 March 2027 (Telegram)?");
        (await bot.SendAsync("Nowruz countdown (poll)")).Says("Add another dated post? You have 1 so far.");
        (await bot.SendAsync("no")).Says("Campaign 1: what is it called?");
        (await bot.SendAsync("skip")).Says("✓ Action is done.");

        var calendar = (await bot.PlanAsync()).Calendar;
        var instagram = calendar.WeeklyRhythm.Single(r => r.Platform == Platform.Instagram);
        Assert.Equal(
            [(DayOfWeek.Monday, "Reels", "Recipes"), (DayOfWeek.Wednesday, "Carousels", "Tips"), (DayOfWeek.Friday, "Reels", "Recipes")],
            instagram.Slots.Select(s => (s.Day, s.Format, s.Pillar!)));
        var telegram = calendar.WeeklyRhythm.Single(r => r.Platform == Platform.Telegram);
        Assert.Equal(8, telegram.Slots.Count);
        Assert.Equal(("story", "offers"), (telegram.Slots[0].Format, telegram.Slots[0].Pillar!));
        Assert.All(telegram.Slots.Skip(1), s => Assert.Equal(("poll", (string?)null), (s.Format, s.Pillar)));
        Assert.Equal(3, calendar.PostsPerWeek(Platform.Instagram));
        var post = Assert.Single(calendar.Posts);
        Assert.Equal((new DateOnly(2027, 3, 15), Platform.Telegram, "Nowruz countdown", "poll"), (post.Date, post.Platform, post.Theme, post.Format!));
    }

    [Fact]
    public async Task Calendar_InPersian_ReadsPersianDaysAndAJalaliDateWithPersianDigits()
    {
        var bot = InterviewHarness.Create(locale: "fa-IR");
        await bot.SeedAsync(SamplePlan.ThroughTactics());
        await InterviewScript.AnswerAllAsync(bot, ["سلام", "انتشار ریلز", "سارا", "۱۵ فروردین ۱۴۰۶"]);

        (await bot.SendAsync("نه")).Says("اینستاگرام: برنامهٔ هفتگی انتشار چیست؟ از روی برنامه‌تان پیشنهاد من این است: دوشنبه");
        (await bot.SendAsync("شنبه ریلز (دستور پخت)، سه‌شنبه استوری")).Says("پست تاریخ‌دار ۱:");
        (await bot.SendAsync("۲۵ اسفند ۱۴۰۵")).Says("پست یا موضوع");
        (await bot.SendAsync("قرعه‌کشی نوروز (ریلز)")).Says("پست تاریخ‌دار دیگری اضافه کنیم؟ تا الان ۱ پست دارید.");
        (await bot.SendAsync("نه")).Says("کمپین ۱: اسمش چیست؟");
        await bot.SendAsync("رد کن");

        var calendar = (await bot.PlanAsync()).Calendar;
        Assert.Equal(
            [(DayOfWeek.Saturday, "ریلز", "دستور پخت"), (DayOfWeek.Tuesday, "استوری", null)],
            Assert.Single(calendar.WeeklyRhythm).Slots.Select(s => (s.Day, s.Format, s.Pillar)));
        var post = Assert.Single(calendar.Posts);
        Assert.Equal((JalaliDate.FromJalali(1405, 12, 25), Platform.Instagram, "قرعه‌کشی نوروز", "ریلز"), (post.Date, post.Platform, post.Theme, post.Format!));
    }

    [Fact]
    public async Task Rhythm_KeepInEditWithARhythmSaved_LeavesItAsItIs()
    {
        var bot = InterviewHarness.Create();
        var plan = SamplePlan.Finished() with
        {
            Calendar = new ContentCalendar
            {
                WeeklyRhythm = [new PlatformRhythm { Platform = Platform.Instagram, Slots = [new CalendarSlot { Day = DayOfWeek.Sunday, Format = "Live" }] }],
            },
        };
        await bot.SeedAsync(plan);
        await InterviewScript.AnswerAllAsync(bot, ["edit action", "keep", "keep", "keep"]);

        (await bot.SendAsync("keep")).SaysAll("Instagram: what's your weekly rhythm?", "Sunday Live");
        await InterviewScript.AnswerAllAsync(bot, ["keep", "keep"]);
        (await bot.SendAsync("keep")).Says("✓ Action updated.");

        var slot = Assert.Single(Assert.Single((await bot.PlanAsync()).Calendar.WeeklyRhythm).Slots);
        Assert.Equal((DayOfWeek.Sunday, "Live"), (slot.Day, slot.Format));
        Assert.Empty((await bot.PlanAsync()).Calendar.Posts);
        Assert.Empty((await bot.PlanAsync()).Campaigns);
    }

    private static MarketingPlan TwoPlatforms()
    {
        var plan = SamplePlan.ThroughTactics();
        return plan with
        {
            Strategy = new Strategy { Platforms = [Platform.Instagram, Platform.Telegram], ContentPercent = 100, PaidPercent = 0, Differentiator = "Baked this morning" },
            Tactics = plan.Tactics with { PlatformTactics = [new PlatformTactic { Platform = Platform.Instagram, ContentPillars = ["Recipes", "Tips"], Formats = ["Reels", "Carousels"], PostsPerWeek = 3 }] },
        };
    }
}
