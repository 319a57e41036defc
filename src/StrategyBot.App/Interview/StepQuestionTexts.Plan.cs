namespace StrategyBot.App.Interview;

/// <summary>The Strategy and Action steps.</summary>
internal static partial class StepQuestionTexts
{
    public static IEnumerable<KeyValuePair<InterviewText, (string, string)>> StrategyEntries() =>
    [
        E(InterviewText.AskStrategyPlatforms,
            "Which platforms will you focus on? Choose where your personas are.",
            "روی کدام پلتفرم‌ها تمرکز می‌کنید؟ جایی را انتخاب کنید که پرسوناهایتان هستند."),
        E(InterviewText.HelpStrategyPlatforms,
            "Your personas use {0}. A few platforms done well beat many done poorly.",
            "پرسوناهای شما از {0} استفاده می‌کنند. حضور خوب در چند پلتفرم بهتر از حضور ضعیف در پلتفرم‌های زیاد است."),
        E(InterviewText.AskSplit,
            "How will you split your effort between content (organic) and paid social? Answer like 70/30: content first, then paid.",
            "تلاش‌تان را چطور بین محتوای ارگانیک و تبلیغات پولی تقسیم می‌کنید؟ مثل ۷۰/۳۰ جواب دهید: اول محتوا، بعد تبلیغات."),
        E(InterviewText.HelpSplit,
            "The two parts must add up to 100 %, and the paid part decides whether we plan an ad budget.",
            "جمع دو بخش باید ۱۰۰٪ باشد و سهم تبلیغات مشخص می‌کند که بودجهٔ تبلیغاتی هم برنامه‌ریزی کنیم یا نه."),
        E(InterviewText.SplitShown, "{0} content / {1} paid", "{0} محتوا / {1} تبلیغات"),
        E(InterviewText.AskDifferent,
            "What makes your brand different from competitors? Your unique value in a sentence or two.",
            "چه چیزی برند شما را از رقبا متمایز می‌کند؟ ارزش منحصربه‌فردتان را در یکی دو جمله بنویسید."),
        E(InterviewText.HelpDifferent,
            "It becomes the thread that runs through all your content.",
            "این پاسخ رشتهٔ مشترک همهٔ محتوای شما می‌شود."),
    ];

    public static IEnumerable<KeyValuePair<InterviewText, (string, string)>> ActionEntries() =>
    [
        E(InterviewText.AskActionWhat,
            "Action {0}: what needs to be done? Be concrete.",
            "اقدام {0}: چه کاری باید انجام شود؟ دقیق و مشخص بنویسید."),
        E(InterviewText.HelpActionWhat,
            "For example \"Publish 3 reels about the new menu\" or \"Launch the Nowruz campaign\".",
            "مثلاً «انتشار ۳ ریلز دربارهٔ منوی جدید» یا «شروع کمپین نوروزی»."),
        E(InterviewText.AskActionOwner, "Who owns \"{0}\"?", "مسئول «{0}» کیست؟"),
        E(InterviewText.HelpActionOwner,
            "One name works best: tasks everyone owns tend to get dropped.",
            "یک نفر بهترین انتخاب است؛ کاری که مسئولش همه باشند معمولاً زمین می‌ماند."),
        E(InterviewText.AskActionDue, "When is \"{0}\" due?", "مهلت «{0}» چه تاریخی است؟"),
        E(InterviewText.HelpActionDue,
            "Pick a date, or type one: 2027-06-15, \"next Friday\" or ۱۵ خرداد ۱۴۰۶. A date turns a wish into a plan.",
            "تاریخ را انتخاب کنید یا بنویسید: ۱۵ خرداد ۱۴۰۶، ۱۴۰۶/۰۳/۱۵ یا «۲ هفته دیگر». تاریخ، آرزو را به برنامه تبدیل می‌کند."),
        E(InterviewText.AskActionMore, "Add another action? You have {0} so far.", "اقدام دیگری اضافه کنیم؟ تا الان {0} اقدام دارید."),
    ];
}
