using StrategyBot.Testing;

namespace StrategyBot.App.Tests.Interview;

/// <summary>
/// Ready-made answers that take a conversation through whole steps, for tests about what happens afterwards. Each
/// method returns the number of turns it took; the step-by-step checks live in the step dialogs' own tests.
/// </summary>
internal static class InterviewScript
{
    public static readonly string[] SituationEnglish =
    [
        "A family bakery in Tehran",
        "Birthday cakes, cupcakes and catering",
        "A fresh cake for a party without the hassle",
        "Busy Sara, a working mum",
        "25-34",
        "Instagram, Telegram",
        "No time to bake",
        "Quick recipes and offers",
        "no",
        "skip",
        "Fresh ingredients",
        "skip",
        "skip",
        "skip",
        "no",
        "Instagram, Telegram",
        "12000",
        "30000",
        "800",
        "skip",
    ];

    public static readonly string[] SituationPersian =
    [
        "یک قنادی خانوادگی در تهران",
        "کیک تولد، کاپ‌کیک و پذیرایی مراسم",
        "کیک تازه برای جشن، بدون دردسر",
        "سارای پرمشغله، مادر شاغل",
        "۲۵ تا ۳۴",
        "اینستاگرام و تلگرام",
        "وقت پختن ندارد",
        "دستور پخت سریع و تخفیف",
        "نه",
        "رد کن",
        "مواد تازه، ارسال همان روز",
        "رد کن",
        "رد کن",
        "گرانی آرد",
        "نه، رد شویم",
        "اینستاگرام، تلگرام",
        "۱۲٬۵۰۰",
        "۳۰ هزار",
        "۸۰۰",
        "رد کن",
    ];

    public static readonly string[] AfterSituationPersian =
    [
        "افزایش ۲۰٪ دسترسی اینستاگرام تا پایان شهریور",
        "اینستاگرام، تلگرام",
        "۷۰/۳۰",
        "کیک‌هایی که همان روز پخته می‌شوند",
        "دستور پخت، پشت صحنه، تخفیف",
        "ریلز و ویدئوی کوتاه، استوری",
        "۳",
        "تخفیف، طعم‌های تازه",
        "استوری",
        "روزانه",
        "#نان_سارا",
        "رد کن",
        "برای سفارش دایرکت بدهید",
        "رد کن",
        "سارا",
        "۲ ساعت",
        "رد کن",
        "تومان",
        "اینستاگرام تبلیغات ۷۰، تلگرام تبلیغات ۳۰",
        "۱۰ میلیون",
        "انتشار ۳ ریلز دربارهٔ منوی جدید",
        "سارا",
        "۱۵ فروردین ۱۴۰۶",
        "نه",
        "بله",
    ];

    public static readonly string[] StrategyEnglish = ["Instagram, Telegram", "70/30", "Cakes baked the same morning"];

    public static readonly string[] TacticsEnglish =
    [
        "Recipes, behind the scenes, offers",
        "Reels / short video, Stories",
        "3",
        "Offers, new flavours",
        "Stories",
        "daily",
        "#SaraBakery",
        "skip",
        "Order via DM",
        "skip",
        "Sara",
        "2 hours",
        "skip",
        "toman",
        "Instagram paid 70, Telegram paid 30",
        "10,000,000",
    ];

    public static readonly string[] ActionEnglish = ["Publish 3 reels about the new menu", "Sara", "2027-03-20", "no"];

    public static async Task<int> AnswerAllAsync(ConversationHarness bot, IEnumerable<string> answers, ICollection<HarnessTurn>? log = null)
    {
        ArgumentNullException.ThrowIfNull(bot);
        ArgumentNullException.ThrowIfNull(answers);
        var turns = 0;
        foreach (var answer in answers)
        {
            var turn = await bot.SendAsync(answer);
            log?.Add(turn);
            turns++;
        }

        return turns;
    }

    /// <summary>From "hi" to the Objectives step's first question.</summary>
    public static async Task<int> ThroughSituationAsync(ConversationHarness bot)
    {
        ArgumentNullException.ThrowIfNull(bot);
        await bot.SendAsync("hi");
        return 1 + await AnswerAllAsync(bot, SituationEnglish);
    }

    /// <summary>From "hi" to the Tactics step's first question.</summary>
    public static async Task<int> ThroughStrategyAsync(ConversationHarness bot)
    {
        var turns = await ThroughSituationAsync(bot);
        await bot.SendAsync("Grow Instagram reach 20% by September");
        return turns + 1 + await AnswerAllAsync(bot, StrategyEnglish);
    }

    /// <summary>From "hi" to a complete plan and its summary card.</summary>
    public static async Task<int> WholePlanAsync(ConversationHarness bot)
    {
        var turns = await ThroughStrategyAsync(bot);
        turns += await AnswerAllAsync(bot, TacticsEnglish);
        turns += await AnswerAllAsync(bot, ActionEnglish);
        await bot.SendAsync("yes");
        return turns + 1;
    }
}
