using StrategyBot.Domain.Planning;

namespace StrategyBot.App.Tests.Interview;

public sealed class SituationDialogTests
{
    [Fact]
    public async Task Situation_InEnglish_SavesEveryAnswerTheTurnItIsGiven()
    {
        var bot = InterviewHarness.Create();

        (await bot.SendAsync("hi")).Says("Step 1 of 6: Situation").Says("Tell me about your business").AssertNoMoreReplies();
        (await bot.SendAsync("A family bakery in Tehran")).Says("What do you sell?").AssertNoMoreReplies();
        Assert.Equal("A family bakery in Tehran", (await bot.PlanAsync()).Situation.BusinessDescription);

        (await bot.SendAsync("Birthday cakes, cupcakes and catering")).Says("Which customer needs");
        Assert.Equal("Birthday cakes, cupcakes and catering", (await bot.PlanAsync()).Situation.ProductsAndServices);

        (await bot.SendAsync("A fresh cake for a party without the hassle")).Says("Persona 1: who is this customer?");
        Assert.Equal("A fresh cake for a party without the hassle", (await bot.PlanAsync()).Situation.CustomerNeeds);

        (await bot.SendAsync("Busy Sara, a working mum")).AsksCard("How old is Busy Sara");
        Assert.Equal("Busy Sara, a working mum", (await bot.PlanAsync()).Situation.Personas.Single().Name);

        (await bot.SendAsync("3")).AsksCard("Which platforms does Busy Sara");
        Assert.Equal("25-34", (await bot.PlanAsync()).Situation.Personas[0].AgeBand);

        (await bot.SendAsync("insta and Telegram")).Says("What problems or frustrations does Busy Sara");
        Assert.Equal([Platform.Instagram, Platform.Telegram], (await bot.PlanAsync()).Situation.Personas[0].Platforms);

        (await bot.SendAsync("No time to bake")).Says("What content does Busy Sara want");
        (await bot.SendAsync("Quick recipes and offers")).Says("Add another persona? You have 1 of 3.");
        var persona = (await bot.PlanAsync()).Situation.Personas[0];
        Assert.Equal(("No time to bake", "Quick recipes and offers"), (persona.Pains, persona.ContentWanted));

        (await bot.SendAsync("no")).Says("Competitor 1");
        (await bot.SendAsync("Rival Cafe")).AsksCard("Which social networks is Rival Cafe on?");
        (await bot.SendAsync("Instagram @rivalcafe")).Says("What works well for Rival Cafe");
        (await bot.SendAsync("Daily reels of cake decorating")).Says("Add another competitor?");
        var competitor = (await bot.PlanAsync()).Situation.Competitors.Single();
        Assert.Equal(("Rival Cafe", Platform.Instagram, "@rivalcafe", "Daily reels of cake decorating"),
            (competitor.Name, competitor.Platforms.Single(), competitor.Profiles.Single(), competitor.WhatWorks));

        (await bot.SendAsync("no")).AsksCard("Strengths");
        (await bot.SendAsync("Fresh ingredients, same-day delivery")).AsksCard("Weaknesses");
        (await bot.SendAsync("skip")).AsksCard("Opportunities");
        (await bot.SendAsync("Corporate orders")).AsksCard("Threats");
        (await bot.SendAsync("Rising flour prices")).Says("quick PESTEL");
        var swot = (await bot.PlanAsync()).Situation.Swot;
        Assert.Equal(["Fresh ingredients", "same-day delivery"], swot.Strengths);
        Assert.Empty(swot.Weaknesses);
        Assert.Equal(["Corporate orders"], swot.Opportunities);
        Assert.Equal(["Rising flour prices"], swot.Threats);

        (await bot.SendAsync("yes")).Says("Political");
        (await bot.SendAsync("skip")).Says("Economic");
        (await bot.SendAsync("Inflation makes cakes a luxury")).Says("Social");
        (await bot.SendAsync("skip")).Says("Technological");
        (await bot.SendAsync("skip")).Says("Environmental");
        (await bot.SendAsync("skip")).Says("Legal");
        (await bot.SendAsync("Food safety licence")).AsksCard("Which platforms are you on today?");
        var pestel = (await bot.PlanAsync()).Situation.Pestel;
        Assert.Equal(("Inflation makes cakes a luxury", "Food safety licence", null), (pestel.Economic, pestel.Legal, pestel.Political));

        (await bot.SendAsync("Instagram, Telegram")).AsksCard("How many followers do you have on Instagram?");
        (await bot.SendAsync("12k")).AsksCard("weekly reach on Instagram");
        (await bot.SendAsync("30,000")).AsksCard("How many followers do you have on Telegram?");
        (await bot.SendAsync("800")).AsksCard("weekly reach on Telegram");
        var turn = await bot.SendAsync("skip");

        turn.Says("✓ Situation is done.").Says(FakeObjectivesDialog.Question).AssertNoMoreReplies();
        var situation = (await bot.PlanAsync()).Situation;
        Assert.Equal([(Platform.Instagram, 12_000L, 30_000L), (Platform.Telegram, 800L, (long?)null)],
            situation.Presence.Select(p => (p.Platform, p.Followers!.Value, p.WeeklyReach)));
        Assert.Equal(StepState.Complete, SostacProgress.Evaluate(await bot.PlanAsync())[SostacStep.Situation].State);
    }

    [Fact]
    public async Task Situation_InPersian_TakesPersianDigitsAndAsksInPersian()
    {
        var bot = InterviewHarness.Create(locale: "fa-IR");

        (await bot.SendAsync("سلام")).Says("مرحلهٔ ۱ از ۶: تحلیل موقعیت").Says("در یکی دو جمله از کسب‌وکارتان بگویید");
        (await bot.SendAsync("یک قنادی خانوادگی در تهران")).Says("چه چیزی می‌فروشید؟");
        (await bot.SendAsync("کیک تولد، کاپ‌کیک و پذیرایی مراسم")).Says("کدام نیاز مشتری");
        (await bot.SendAsync("کیک تازه برای جشن، بدون دردسر")).Says("پرسونای ۱: این مشتری کیست؟");
        (await bot.SendAsync("سارای پرمشغله، مادر شاغل")).AsksCard("سارای پرمشغله در چه بازهٔ سنی است؟");
        (await bot.SendAsync("۳")).AsksCard("سارای پرمشغله از کدام پلتفرم‌ها استفاده می‌کند؟");
        (await bot.SendAsync("اینستاگرام و تلگرام")).Says("سارای پرمشغله با چه مشکل یا دغدغه‌ای روبه‌روست");
        (await bot.SendAsync("وقت پختن ندارد")).Says("سارای پرمشغله چه محتوایی از شما می‌خواهد؟");
        (await bot.SendAsync("دستور پخت سریع و تخفیف")).Says("پرسونای دیگری اضافه کنیم؟ تا الان ۱ از ۳ پرسونا دارید.");
        (await bot.SendAsync("نه")).Says("رقیب ۱:");
        (await bot.SendAsync("رد کن")).AsksCard("نقاط قوت");
        (await bot.SendAsync("مواد تازه، ارسال همان روز")).AsksCard("نقاط ضعف");
        (await bot.SendAsync("رد کن")).AsksCard("فرصت‌ها");
        (await bot.SendAsync("رد کن")).AsksCard("تهدیدها");
        (await bot.SendAsync("گرانی آرد")).Says("PESTEL");
        (await bot.SendAsync("نه، رد شویم")).AsksCard("الان در کدام پلتفرم‌ها حضور دارید؟");
        (await bot.SendAsync("اینستاگرام")).AsksCard("در اینستاگرام چند دنبال‌کننده دارید؟");
        (await bot.SendAsync("۱۲٬۵۰۰")).AsksCard("دسترسی (ریچ) هفتگی شما در اینستاگرام چقدر است؟");
        var turn = await bot.SendAsync("۳۰ هزار");

        turn.Says("✓ مرحلهٔ تحلیل موقعیت تمام شد.").Says(FakeObjectivesDialog.Question).AssertNoMoreReplies();
        var plan = await bot.PlanAsync();
        Assert.Equal("fa", plan.Language);
        Assert.Equal("25-34", plan.Situation.Personas[0].AgeBand);
        Assert.Equal([Platform.Instagram, Platform.Telegram], plan.Situation.Personas[0].Platforms);
        Assert.Equal(["مواد تازه", "ارسال همان روز"], plan.Situation.Swot.Strengths);
        Assert.Equal((12_500L, 30_000L), (plan.Situation.Presence[0].Followers!.Value, plan.Situation.Presence[0].WeeklyReach!.Value));
    }
}
