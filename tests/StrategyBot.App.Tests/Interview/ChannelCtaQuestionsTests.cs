using StrategyBot.Domain.Kpis;
using StrategyBot.Domain.Planning;
using StrategyBot.Testing;

namespace StrategyBot.App.Tests.Interview;

public sealed class ChannelCtaQuestionsTests
{
    // Tactics up to the calls to action: two platforms of three questions each, hashtags, then the CTAs in general.
    private static readonly string[] BeforeChannelCtas = PlanAnswers.TacticsEnglish[..9];

    [Fact]
    public async Task ChannelCtas_InEnglish_EachGetsItsLinkAndAWeeklyClicksTargetOnItsPlatform()
    {
        var bot = InterviewHarness.Create();
        await InterviewScript.ThroughStrategyAsync(bot);
        await InterviewScript.AnswerAllAsync(bot, BeforeChannelCtas[..^1]);
        (await bot.SendAsync("Order via DM")).Says("Instagram: which call to action will you use there?");

        (await bot.SendAsync("Order via link in bio")).Says("Where does \"Order via link in bio\" send people on Instagram?");
        (await bot.SendAsync("https://sarabakery.example/order")).AsksCard("How many clicks a week do you aim for on Instagram?");
        (await bot.SendAsync("lots")).Says("Please send a number");
        (await bot.SendAsync("40")).Says("Telegram: which call to action will you use there?");
        (await bot.SendAsync("Order via DM")).Says("Where does \"Order via DM\" send people on Telegram?");
        (await bot.SendAsync("skip")).AsksCard("How many clicks a week do you aim for on Telegram?");
        (await bot.SendAsync("1.5k")).Says("Will you work with influencers");

        var plan = await bot.PlanAsync();
        Assert.Equal(
            [(Platform.Instagram, "Order via link in bio", "https://sarabakery.example/order"), (Platform.Telegram, "Order via DM", null)],
            plan.Tactics.ChannelCtas.Select(c => (c.Platform, c.CallToAction, c.Link)));
        Assert.All(plan.Tactics.ChannelCtas, c => Assert.Equal(KpiIds.Clicks, c.TrackedKpiId));
        var clicks = plan.Control.KpiTargets.Where(t => t.KpiId == KpiIds.Clicks).ToList();
        Assert.Equal([(Platform.Instagram, 40m), (Platform.Telegram, 1_500m)], clicks.Select(t => (t.Platform!.Value, t.Target)));
        Assert.All(clicks, t => Assert.Equal((TargetCadence.PerWeek, plan.Objectives[0].Id), (t.Cadence!.Value, t.ObjectiveId)));
    }

    [Fact]
    public async Task ChannelCtas_InPersian_TakesPersianDigitsAndSkipLeavesAPlatformOut()
    {
        var bot = InterviewHarness.Create();
        await InterviewScript.ThroughStrategyAsync(bot);
        await InterviewScript.AnswerAllAsync(bot, [.. BeforeChannelCtas[..^1], "language fa"]);
        (await bot.SendAsync("برای سفارش دایرکت بدهید")).Says("اینستاگرام: در این پلتفرم از چه دعوت به اقدامی (CTA) استفاده می‌کنید؟");

        (await bot.SendAsync("رد کن")).Says("تلگرام: در این پلتفرم از چه دعوت به اقدامی (CTA) استفاده می‌کنید؟");
        (await bot.SendAsync("عضو کانال شوید")).Says("«عضو کانال شوید» در تلگرام مخاطب را به کجا می‌برد؟");
        (await bot.SendAsync("t.me/sarabakery")).AsksCard("هدف‌تان چند کلیک در هفته در تلگرام است؟");
        (await bot.SendAsync("۲۵۰")).Says("با اینفلوئنسرها یا بلاگرها همکاری می‌کنید؟");

        var plan = await bot.PlanAsync();
        var cta = Assert.Single(plan.Tactics.ChannelCtas);
        Assert.Equal((Platform.Telegram, "عضو کانال شوید", "t.me/sarabakery"), (cta.Platform, cta.CallToAction, cta.Link!));
        Assert.Equal(250m, Assert.Single(plan.Control.KpiTargets, t => t.KpiId == KpiIds.Clicks).Target);
    }
}
