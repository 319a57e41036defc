namespace StrategyBot.App.Interview.Objectives;

/// <summary>The Objectives step and quick capture.</summary>
internal static partial class ObjectiveTexts
{
    private static IEnumerable<KeyValuePair<ObjectiveText, (string, string)>> InterviewEntries() =>
    [
        E(ObjectiveText.ObjectivesIntro,
            "Objectives. Let's set {0} to {1} SMART objectives: Specific, Measurable, Attainable, Relevant and Time-bound. I'll check each one and tell you exactly what's missing.",
            "اهداف. بیایید {0} تا {1} هدف SMART بنویسیم: مشخص، قابل اندازه‌گیری، دست‌یافتنی، مرتبط و زمان‌دار. هر هدف را بررسی می‌کنم و دقیقاً می‌گویم چه چیزی کم دارد."),
        E(ObjectiveText.ObjectivesSoFar, "Your objectives so far ({0} of {1}):", "هدف‌های فعلی شما ({0} از {1}):"),
        E(ObjectiveText.ObjectiveLine, "{0}. {1} ({2})", "{0}. {1} ({2})"),
        E(ObjectiveText.AskAddAnother,
            "Add another objective? You have {0} of {1}.",
            "هدف دیگری اضافه کنیم؟ تا الان {0} هدف از {1} دارید."),
        E(ObjectiveText.AskFamilyForObjective,
            "Objective {0}: which goal family is it for? Each objective can serve a different one.",
            "هدف {0}: به کدام دسته از اهداف مربوط است؟ هر هدف می‌تواند به دستهٔ متفاوتی تعلق داشته باشد."),
        E(ObjectiveText.AskObjectiveText,
            "Write objective {0} in one line, for example: \"{1}\"",
            "هدف {0} را در یک خط بنویسید، مثلاً: «{1}»"),
        E(ObjectiveText.ExampleBrandAwareness,
            "Grow our Instagram weekly reach from 4,000 to 6,000 by the end of June",
            "افزایش دسترسی هفتگی اینستاگرام از ۴٬۰۰۰ به ۶٬۰۰۰ تا پایان خرداد"),
        E(ObjectiveText.ExampleSales,
            "Get 120 orders a month from Instagram by the end of June",
            "رسیدن به ۱۲۰ سفارش در ماه از اینستاگرام تا پایان خرداد"),
        E(ObjectiveText.ExampleRoi,
            "Reach a 300% return on ad spend for our Instagram ads within 3 months",
            "رسیدن به بازده ٪۳۰۰ هزینهٔ تبلیغات در اینستاگرام ظرف ۳ ماه"),
        E(ObjectiveText.ExampleSalesAndServiceQuality,
            "Answer every Instagram DM within 2 hours by the end of June",
            "پاسخ به همهٔ دایرکت‌های اینستاگرام در کمتر از ۲ ساعت تا پایان خرداد"),
        E(ObjectiveText.ExampleMarketLeadership,
            "Double our share of voice on LinkedIn against our top 3 competitors by year end",
            "دو برابر کردن سهم صدای برند در لینکدین نسبت به سه رقیب اصلی تا پایان سال"),
        E(ObjectiveText.ObjectivesFull,
            "That makes {0} objectives, the most a focused plan should have. Well done!",
            "حالا {0} هدف دارید؛ بیشترین تعدادی که یک برنامهٔ متمرکز باید داشته باشد. آفرین!"),
        E(ObjectiveText.ObjectivesDone,
            "Objectives done: {0} saved.",
            "مرحلهٔ اهداف تمام شد: {0} هدف ثبت شد."),

        E(ObjectiveText.QuickCaptureStart,
            "Got it! I'll add that as a draft objective and check it.",
            "گرفتم! این را به‌عنوان پیش‌نویس یک هدف اضافه می‌کنم و بررسی‌اش می‌کنم."),
        E(ObjectiveText.QuickCaptureCap,
            "Thanks for the idea! Your plan already has {0} objectives, the most it can hold, so I haven't added this one. If it matters more than one of them, edit your objectives and swap it in.",
            "ممنون از ایده! برنامهٔ شما همین حالا {0} هدف دارد که سقف مجاز است، برای همین این یکی را اضافه نکردم. اگر از یکی از آن‌ها مهم‌تر است، اهداف را ویرایش کنید و جایش بگذارید."),
        E(ObjectiveText.QuickCaptureBack, "Now, back to where we were.", "خب، برگردیم سر جایی که بودیم."),
    ];
}
