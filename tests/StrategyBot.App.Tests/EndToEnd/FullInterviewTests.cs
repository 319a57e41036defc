using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using StrategyBot.Testing;
using Xunit.Abstractions;

namespace StrategyBot.App.Tests.EndToEnd;

/// <summary>
/// A brand-new user goes through the whole SOSTAC interview, in English and in Persian, through the real bot process,
/// the real Agents Playground and Azurite, and ends with the plan summary card. The bot's next question is read after
/// every turn and answered from a table keyed by a distinctive phrase of it, so the test follows the real dialogs
/// instead of a fixed answer order, and fails with the transcript on any question it does not know.
/// </summary>
[Trait("Category", "EndToEnd")]
public sealed class FullInterviewTests(EndToEndFixture fixture, ITestOutputHelper output) : IClassFixture<EndToEndFixture>
{
    private const int MaxTurns = 120;

    private const string BusinessEnglish = "A family bakery in Tehran";

    private const string BusinessPersian = "یک قنادی خانوادگی در تهران";

    private static readonly TimeSpan _timeout = TimeSpan.FromSeconds(20);

    // Keeps Persian readable in the serialised card, so the business text can be found in it.
    private static readonly JsonSerializerOptions _cardJson = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    // (English phrase, Persian phrase, English answer, Persian answer). The phrase found LAST in a turn's replies wins,
    // so a confirmation of the previous answer never hides the next question.
    private static readonly (string En, string Fa, string EnAnswer, string FaAnswer)[] _answers =
    [
        // Situation
        ("Tell me about your business", "از کسب‌وکارتان بگویید", BusinessEnglish, BusinessPersian),
        ("What do you sell?", "چه چیزی می‌فروشید؟", "Birthday cakes, cupcakes and catering", "کیک تولد، کاپ‌کیک و پذیرایی مراسم"),
        ("Which customer needs", "کدام نیاز مشتری", "A fresh cake for a party without the hassle", "کیک تازه برای جشن، بدون دردسر"),
        ("who is this customer?", "این مشتری کیست؟", "Busy Sara, a working mum", "سارای پرمشغله، مادر شاغل"),
        ("How old is", "در چه بازهٔ سنی است؟", "25-34", "۲۵ تا ۳۴"),
        ("Which platforms does", "از کدام پلتفرم‌ها استفاده می‌کند؟", "Instagram, Telegram", "اینستاگرام و تلگرام"),
        ("What problems or frustrations", "با چه مشکل یا دغدغه‌ای", "No time to bake", "وقت پختن ندارد"),
        ("What content does", "چه محتوایی از شما می‌خواهد", "Quick recipes and offers", "دستور پخت سریع و تخفیف"),
        ("Add another persona?", "پرسونای دیگری اضافه کنیم؟", "no", "نه"),
        ("who competes with you", "با شما رقابت می‌کند؟", "skip", "رد کن"),
        ("Strengths:", "نقاط قوت:", "Fresh ingredients", "مواد تازه، ارسال همان روز"),
        ("Weaknesses:", "نقاط ضعف:", "skip", "رد کن"),
        ("Opportunities:", "فرصت‌ها:", "skip", "رد کن"),
        ("Threats:", "تهدیدها:", "skip", "گرانی آرد"),
        ("quick PESTEL check", "بررسی سریع PESTEL", "no", "نه، رد شویم"),
        ("Which platforms are you on today?", "الان در کدام پلتفرم‌ها حضور دارید؟", "Instagram, Telegram", "اینستاگرام، تلگرام"),
        ("How many followers do you have on", "چند دنبال‌کننده دارید؟", "4200", "۴۲۰۰"),
        ("What's your weekly reach on", "دسترسی (ریچ) هفتگی شما", "skip", "رد کن"),

        // Objectives
        ("which goal family is it for?", "به کدام دسته از اهداف مربوط است؟", "Brand awareness", "آگاهی از برند"),
        ("Which goal family does this objective serve?", "به کدام دسته از اهداف کسب‌وکار مربوط است؟", "Brand awareness", "آگاهی از برند"),
        ("in one line, for example", "را در یک خط بنویسید",
            "Grow Instagram followers from 4,200 to 5,000 by 30 June 2027 with 3 reels a week",
            "افزایش دنبال‌کننده‌های اینستاگرام از ۴٬۲۰۰ به ۵٬۰۰۰ تا ۹ تیر ۱۴۰۶ با هفته‌ای ۳ ریلز"),
        ("What should this objective change?", "این هدف قرار است چه چیزی را تغییر دهد؟", "followers", "دنبال‌کننده"),
        ("Which platform is it for?", "این هدف برای کدام پلتفرم است؟", "Instagram", "اینستاگرام"),
        ("What's today's figure for", "عدد فعلی", "4200", "۴۲۰۰"),
        ("What's your target for", "هدف شما برای", "5000", "۵۰۰۰"),
        ("By when? Type a date", "تا چه تاریخی؟ تاریخ را بنویسید", "30 June 2027", "۹ تیر ۱۴۰۶"),
        ("What's behind it?", "چه منابعی پشت این هدف است؟", "3 reels a week", "هفته‌ای ۳ ریلز"),
        ("Which persona is it for?", "این هدف برای کدام پرسوناست؟", "Busy Sara", "سارای پرمشغله"),
        ("Shall I retitle the objective", "عنوان هدف را با آنچه توافق کردیم عوض کنم؟", "keep", "همین بماند"),
        ("Add another objective?", "هدف دیگری اضافه کنیم؟", "no", "نه"),
        ("What would you like to do with them?", "با این اهداف چه کنیم؟", "Keep them as they are", "همین‌ها خوب است"),

        // Strategy
        ("Which platforms will you focus on?", "روی کدام پلتفرم‌ها تمرکز می‌کنید؟", "Instagram, Telegram", "اینستاگرام، تلگرام"),
        ("How will you split your effort", "تلاش‌تان را چطور بین محتوای ارگانیک", "70/30", "۷۰/۳۰"),
        ("What makes your brand different", "چه چیزی برند شما را از رقبا متمایز", "Cakes baked the same morning", "کیک‌هایی که همان روز پخته می‌شوند"),

        // Tactics
        ("what are your content pillars", "ستون‌های محتوایی شما چیست؟", "Recipes, behind the scenes, offers", "دستور پخت، پشت صحنه، تخفیف"),
        ("which formats will you use?", "از کدام قالب‌ها استفاده می‌کنید؟", "Reels / short video, Stories", "ریلز و ویدئوی کوتاه، استوری"),
        ("how many posts a week?", "هفته‌ای چند پست؟", "3", "۳"),
        ("Which branded hashtags", "هشتگ‌های برند استفاده می‌کنید", "#SaraBakery", "#نان_سارا"),
        ("Which community hashtags", "هشتگ‌های عمومی استفاده می‌کنید", "skip", "رد کن"),
        ("Which calls to action", "دعوت به اقدام‌هایی", "Order via DM", "برای سفارش دایرکت بدهید"),
        ("Will you work with influencers", "با اینفلوئنسرها یا بلاگرها همکاری می‌کنید؟", "skip", "رد کن"),
        ("Who will answer comments", "چه کسی به کامنت‌ها و دایرکت‌ها جواب می‌دهد؟", "Sara", "سارا"),
        ("How quickly will they reply?", "با چه سرعتی جواب می‌دهند؟", "2 hours", "۲ ساعت"),
        ("Which helper tools", "برای زمان‌بندی، خودکارسازی و تحلیل آمار", "skip", "رد کن"),
        ("Which currency is your ad budget in?", "بودجهٔ تبلیغات شما به چه واحد پولی است؟", "toman", "تومان"),
        ("How will you split the ad budget", "بودجهٔ تبلیغات را چطور بین پلتفرم‌ها",
            "Instagram paid 70, Telegram paid 30", "اینستاگرام تبلیغات ۷۰، تلگرام تبلیغات ۳۰"),
        ("What's your total ad budget", "کل بودجهٔ تبلیغات این برنامه", "10,000,000", "۱۰ میلیون"),

        // Action
        ("what needs to be done?", "چه کاری باید انجام شود؟", "Publish 3 reels about the new menu", "انتشار ۳ ریلز دربارهٔ منوی جدید"),
        ("Who owns", "مسئول «", "Sara", "سارا"),
        ("\" due?", "» چه تاریخی است؟", "2027-03-20", "۱۵ فروردین ۱۴۰۶"),
        ("Add another action?", "اقدام دیگری اضافه کنیم؟", "no", "نه"),

        // Control
        ("Which KPIs will track", "کدام KPIها هدف", "Followers", "دنبال‌کننده"),
        ("What's the target for", "عدد هدف برای", "5000", "۵۰۰۰"),
        ("By when for", "تا کی باشد؟", "30 June 2027", "۹ تیر ۱۴۰۶"),
        ("Teams says your time zone is", "طبق Teams منطقهٔ زمانی شما", "yes", "بله"),
        ("Which time zone should your check-ins use?", "گزارش‌ها با کدام منطقهٔ زمانی تنظیم شوند؟", "Asia/Tehran", "Asia/Tehran"),
        ("When shall I check in each week", "هر هفته چه روز و ساعتی", "Monday 09:00", "دوشنبه ۰۹:۰۰"),
        ("What will you A/B test first?", "A/B تست می‌کنید؟", "Reels against carousels", "ریلز در برابر پست اسلایدی"),
    ];

    [Fact]
    public async Task FullInterview_EnglishNewUser_EndsInSummaryCardThatSurvives()
    {
        await using var session = await InstalledSessionAsync();

        var (turns, cards, transcript) = await RunInterviewAsync(session.Client, persian: false);

        Report($"Full plan (en): {turns} turns, {cards} cards", transcript);
        Assert.Contains("All five criteria pass.", transcript, StringComparison.Ordinal);
        AssertSummaryCard(session.Client.Messages[^1], BusinessEnglish, session.Client.Messages);
        var shown = await SendAsync(session.Client, "show my plan");
        AssertSummaryCard(shown[^1], BusinessEnglish, shown);
    }

    [Fact]
    public async Task FullInterview_PersianNewUser_EndsInSummaryCardThatSurvives()
    {
        await using var session = await InstalledSessionAsync();
        await SendAsync(session.Client, "language fa");

        var (turns, cards, transcript) = await RunInterviewAsync(session.Client, persian: true);

        Report($"Full plan (fa): {turns} turns, {cards} cards", transcript);
        Assert.Contains("هر پنج معیار برقرار است.", transcript, StringComparison.Ordinal);
        AssertSummaryCard(session.Client.Messages[^1], BusinessPersian, session.Client.Messages);
        var shown = await SendAsync(session.Client, "خلاصه");
        AssertSummaryCard(shown[^1], BusinessPersian, shown);
    }

    [Fact]
    public async Task QuickCapture_OnAFinishedPlan_AsksOnlyTheNewObjectivesKpisAndThePlanStaysComplete()
    {
        await using var session = await InstalledSessionAsync();
        await RunInterviewAsync(session.Client, persian: false);
        var transcript = new List<string>();

        var answer = "goal: grow Instagram reach 20% by March";
        var replies = await SendAsync(session.Client, answer);
        var turns = 1;
        transcript.Add("> " + answer);
        transcript.Add(Transcript(replies));
        while (!Transcript(replies).Contains("Your plan is complete again: 6 of 6 steps", StringComparison.Ordinal))
        {
            Assert.True(turns < 10, $"The capture is still asking after {turns} turns:{Environment.NewLine}{string.Join(Environment.NewLine, transcript)}");
            answer = PickAnswer(Transcript(replies), persian: false)
                ?? throw new Xunit.Sdk.XunitException($"Unknown question:{Environment.NewLine}{string.Join(Environment.NewLine, transcript)}");
            replies = await SendAsync(session.Client, answer);
            turns++;
            transcript.Add("> " + answer);
            transcript.Add(Transcript(replies));
        }

        Report($"Quick capture on a finished plan (en): {turns} turns", string.Join(Environment.NewLine, transcript));
        var all = string.Join(Environment.NewLine, transcript);
        Assert.DoesNotContain("Let's carry on", all, StringComparison.Ordinal);
        Assert.DoesNotContain("When shall I check in", all, StringComparison.Ordinal);
        Assert.Contains("Your plan: 6 of 6 steps done.", Transcript(await SendAsync(session.Client, "status")), StringComparison.Ordinal);
    }

    /// <summary>From the greeting to the completed plan; returns the turns taken, the cards received and the conversation.</summary>
    private static async Task<(int Turns, int Cards, string Transcript)> RunInterviewAsync(PlaygroundClient client, bool persian)
    {
        var start = client.Messages.Count;
        var transcript = new List<string>();
        var answer = persian ? "سلام" : "hi";
        var replies = await SendAsync(client, answer);
        var turns = 1;
        transcript.Add("> " + answer);
        transcript.Add(Transcript(replies));
        while (!IsPlanComplete(replies, persian))
        {
            Assert.True(turns < MaxTurns, $"No summary card after {turns} turns:{Environment.NewLine}{string.Join(Environment.NewLine, transcript)}");
            answer = PickAnswer(Transcript(replies), persian)
                ?? throw new Xunit.Sdk.XunitException(
                    $"Unknown question after {turns} turns:{Environment.NewLine}{string.Join(Environment.NewLine, transcript)}");

            replies = await SendAsync(client, answer);
            turns++;
            transcript.Add("> " + answer);
            transcript.Add(Transcript(replies));
        }

        var cards = client.Messages.Skip(start).Sum(message => message.AdaptiveCards.Count);
        return (turns, cards, string.Join(Environment.NewLine, transcript));
    }

    private static string? PickAnswer(string question, bool persian)
    {
        string? answer = null;
        var at = -1;
        foreach (var (en, fa, enAnswer, faAnswer) in _answers)
        {
            var found = question.LastIndexOf(persian ? fa : en, StringComparison.Ordinal);
            if (found > at)
            {
                at = found;
                answer = persian ? faAnswer : enAnswer;
            }
        }

        return answer;
    }

    private static bool IsPlanComplete(IEnumerable<PlaygroundMessage> replies, bool persian) =>
        Transcript(replies).Contains(persian ? "برنامهٔ شما کامل شد" : "Your plan is complete:", StringComparison.Ordinal);

    private static void AssertSummaryCard(PlaygroundMessage message, string business, IEnumerable<PlaygroundMessage> context)
    {
        var card = Assert.Single(message.AdaptiveCards);
        Assert.True(
            card.ToJsonString(_cardJson).Contains(business, StringComparison.Ordinal),
            $"The last message is not the plan summary card:{Environment.NewLine}{Transcript(context.TakeLast(5))}");
        var validation = SchemaValidator.ValidateAdaptiveCard(card);
        Assert.True(validation.IsValid, validation.ToString());
    }

    private void Report(string line, string transcript)
    {
        Console.WriteLine(line);
        output.WriteLine(line);
        output.WriteLine(transcript);
    }

    /// <summary>A Playground for a new user with the app installed and the install turn over.</summary>
    private async Task<PlaygroundSession> InstalledSessionAsync()
    {
        var session = await fixture.StartPlaygroundAsync();
        try
        {
            await session.Client.InstallAsync();
            await session.Client.WaitForIdleAsync(_timeout);
            return session;
        }
        catch
        {
            await session.DisposeAsync();
            throw;
        }
    }

    /// <summary>Sends a message and returns everything the bot said in that turn, once the turn is over.</summary>
    private static async Task<IReadOnlyList<PlaygroundMessage>> SendAsync(PlaygroundClient client, string text)
    {
        var before = client.Messages.Count;
        await client.SendTextAsync(text);
        var replies = (await client.WaitForIdleAsync(_timeout)).Skip(before).ToList();
        Assert.True(replies.Count > 0, $"The bot did not answer '{text}'.");
        return replies;
    }

    private static string Transcript(IEnumerable<PlaygroundMessage> messages) =>
        string.Join(Environment.NewLine, messages.Select(m => m.AllText()));
}
