namespace StrategyBot.App.Tests.EndToEnd;

/// <summary>
/// What the scripted marketer types, keyed by a distinctive phrase of each question, in English and Persian; the
/// tests read the bot's next question after every turn and answer from here, so they follow the real dialogs
/// instead of a fixed answer order. Form cards are filled from <see cref="MarketerForms"/>.
/// </summary>
internal static class MarketerAnswers
{
    public const string BusinessEnglish = "A family bakery in Tehran";

    public const string BusinessPersian = "یک قنادی خانوادگی در تهران";

    // (English phrase, Persian phrase, English answer, Persian answer). The phrase found LAST in a turn's replies wins,
    // so a confirmation of the previous answer never hides the next question.
    private static readonly (string En, string Fa, string EnAnswer, string FaAnswer)[] Answers =
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
        ("which call to action will you use there?", "در این پلتفرم از چه دعوت به اقدامی", "Order via link in bio", "سفارش از لینک بیو"),
        ("send people on", "مخاطب را به کجا می‌برد؟", "https://sarabakery.example/order", "https://sarabakery.example/order"),
        ("clicks a week do you aim for", "چند کلیک در هفته", "40", "۴۰"),
        ("Will you work with influencers", "با اینفلوئنسرها یا بلاگرها همکاری می‌کنید؟", "skip", "رد کن"),
        ("Who will answer comments", "چه کسی به کامنت‌ها و دایرکت‌ها جواب می‌دهد؟", "Sara", "سارا"),
        ("How quickly will they reply?", "با چه سرعتی جواب می‌دهند؟", "2 hours", "۲ ساعت"),
        ("Which helper tools", "برای زمان‌بندی، خودکارسازی و تحلیل آمار", "skip", "رد کن"),
        ("Which ad tools", "با کدام ابزارهای تبلیغاتی اجرا", "Meta Ads Manager", "یکتانت"),
        ("Which currency is your ad budget in?", "بودجهٔ تبلیغات شما به چه واحد پولی است؟", "toman", "تومان"),
        ("How will you split the ad budget", "بودجهٔ تبلیغات را چطور بین پلتفرم‌ها",
            "Instagram paid 70, Telegram paid 30", "اینستاگرام تبلیغات ۷۰، تلگرام تبلیغات ۳۰"),
        ("What's your total ad budget", "کل بودجهٔ تبلیغات این برنامه", "10,000,000", "۱۰ میلیون"),

        // Action
        ("what needs to be done?", "چه کاری باید انجام شود؟", "Publish 3 reels about the new menu", "انتشار ۳ ریلز دربارهٔ منوی جدید"),
        ("Who owns", "مسئول «", "Sara", "سارا"),
        ("\" due?", "» چه تاریخی است؟", "2027-03-20", "۱۵ فروردین ۱۴۰۶"),
        ("Add another action?", "اقدام دیگری اضافه کنیم؟", "no", "نه"),
        ("your weekly rhythm", "برنامهٔ هفتگی انتشار", "keep", "همین بماند"),
        ("Dated post 1:", "پست تاریخ‌دار ۱:", "skip", "رد کن"),
        ("Campaign 1: what is it called?", "کمپین ۱: اسمش چیست؟", "skip", "رد کن"),

        // Control
        ("Which KPIs will track", "کدام KPIها هدف", "Followers", "دنبال‌کننده"),
        ("What's the target for", "عدد هدف برای", "5000", "۵۰۰۰"),
        ("By when for", "تا کی باشد؟", "30 June 2027", "۹ تیر ۱۴۰۶"),
        ("Teams says your time zone is", "طبق Teams منطقهٔ زمانی شما", "yes", "بله"),
        ("Which time zone should your check-ins use?", "گزارش‌ها با کدام منطقهٔ زمانی تنظیم شوند؟", "Asia/Tehran", "Asia/Tehran"),
        ("When shall I check in each week", "هر هفته چه روز و ساعتی", "Monday 09:00", "دوشنبه ۰۹:۰۰"),
        ("A/B test 1: what do you believe", "آزمون A/B شمارهٔ ۱", "Reels get more reach than carousels", "ریلز از پست اسلایدی دسترسی بیشتری می‌گیرد"),
        ("Variant A of", "نسخهٔ A در", "Reels", "ریلز"),
        ("And variant B?", "و نسخهٔ B؟", "Carousels", "پست اسلایدی"),
        ("Which KPI decides", "کدام شاخص بین A و B", "1", "۱"),
        ("When does the test start?", "آزمون کی شروع می‌شود؟", "1 June 2027", "۱۱ خرداد ۱۴۰۶"),
        ("When does it end?", "کی تمام می‌شود؟", "30 June 2027", "۹ تیر ۱۴۰۶"),
        ("Add another A/B test?", "آزمون A/B دیگری اضافه کنیم؟", "no", "نه"),
    ];

    /// <summary>The answer to the question found last in <paramref name="question"/>; null when none is known.</summary>
    public static string? Pick(string question, bool persian)
    {
        string? answer = null;
        var at = -1;
        foreach (var (en, fa, enAnswer, faAnswer) in Answers)
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
}
