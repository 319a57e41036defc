namespace StrategyBot.App.Localization;

/// <summary>
/// The texts keyed by <see cref="TextKey"/>: welcome and help, host replies, the question and plan summary cards,
/// step and KPI names. English and Persian side by side; the Persian is written for Iranian marketers (Persian ی and
/// ک, نیم‌فاصله where it belongs).
/// </summary>
internal static partial class BotTexts
{
    public static IEnumerable<KeyValuePair<TextKey, (string English, string Persian)>> Entries() =>
        HostEntries().Concat(SummaryEntries());

    private static IEnumerable<KeyValuePair<TextKey, (string, string)>> HostEntries() =>
    [
        // Welcome card.
        E(TextKey.WelcomeTitle, "Welcome to StrategyBot 👋", "به استراتژی‌بات خوش آمدید 👋"),
        E(TextKey.WelcomePitch,
            "I'm your social media marketing coach. Together we'll build your plan step by step with the SOSTAC model (Situation, Objectives, Strategy, Tactics, Action and Control), turn your goals into SMART objectives, and check in on your KPIs every week.",
            "من مربی بازاریابی شبکه‌های اجتماعی شما هستم. با هم و قدم‌به‌قدم برنامهٔ بازاریابی‌تان را با مدل SOSTAC (تحلیل موقعیت، اهداف، استراتژی، تاکتیک‌ها، اقدام و کنترل) می‌سازیم، هدف‌هایتان را به اهداف SMART تبدیل می‌کنیم و هر هفته شاخص‌های کلیدی عملکرد (KPI) را با هم مرور می‌کنیم."),
        E(TextKey.WelcomeBenefitsHeading, "What you'll get", "چه چیزی به دست می‌آورید"),
        E(TextKey.WelcomeBenefitPlan,
            "A complete marketing plan, saved as you go",
            "یک برنامهٔ بازاریابی کامل که قدم‌به‌قدم ذخیره می‌شود"),
        E(TextKey.WelcomeBenefitSmart,
            "SMART objectives: if something is missing, I'll tell you exactly what and how to fix it",
            "اهداف SMART؛ اگر چیزی کم باشد، دقیقاً می‌گویم چه چیزی و چطور درستش کنیم"),
        E(TextKey.WelcomeBenefitCheckIns,
            "A short weekly check-in on your KPIs, with progress against your targets",
            "یک گزارش کوتاه هفتگی از KPIها و میزان پیشرفت نسبت به اهدافتان"),
        E(TextKey.WelcomeBenefitResume,
            "Stop whenever you like and pick up exactly where you left off",
            "هر وقت خواستید دست نگه دارید و بعداً دقیقاً از همان‌جا ادامه دهید"),
        E(TextKey.WelcomeStartButton, "Start my plan", "شروع برنامه‌ریزی"),
        E(TextKey.WelcomeShowPlanButton, "Show my plan", "نمایش برنامهٔ من"),
        E(TextKey.WelcomeHelpButton, "Help", "راهنما"),
        E(TextKey.LanguageToggleButton, "فارسی / English", "فارسی / English"),
        E(TextKey.WelcomeFallback,
            "Welcome to StrategyBot! I'll coach you through a social media marketing plan with the SOSTAC model. Type \"start\" to begin, \"show my plan\" to see your plan, or \"help\" for all commands.",
            "به استراتژی‌بات خوش آمدید! با مدل SOSTAC قدم‌به‌قدم برنامهٔ بازاریابی شبکه‌های اجتماعی‌تان را می‌سازیم. برای شروع بنویسید «شروع»، برای دیدن برنامه‌تان «برنامهٔ من» و برای دیدن همهٔ فرمان‌ها «راهنما»."),

        // Host replies.
        E(TextKey.HelpText, HelpTexts.English, HelpTexts.Persian),
        E(TextKey.SaveFailed,
            "Sorry, I couldn't save that. Please send it again.",
            "متأسفم، نتوانستم این را ذخیره کنم. لطفاً دوباره بفرستید."),
        E(TextKey.StateTooLarge,
            "That would make your plan bigger than I can store, so I didn't save it. Everything you saved before is safe. Please send a shorter answer, or say \"edit\" to shorten an earlier step.",
            "با این پاسخ، برنامهٔ شما از اندازه‌ای که می‌توانم نگه دارم بزرگ‌تر می‌شود، پس آن را ذخیره نکردم. هر چه پیش‌تر ذخیره کرده‌اید محفوظ است. لطفاً پاسخ کوتاه‌تری بفرستید یا با «ویرایش» یکی از مراحل قبلی را کوتاه کنید."),
        E(TextKey.AnsweredOnOtherDevice,
            "You answered this question on your other device just now, so we'll carry on from there.",
            "همین الان از دستگاه دیگرتان به این سؤال جواب دادید؛ از همان‌جا ادامه می‌دهیم."),
        E(TextKey.MessageTooLong,
            "That message is too long (limit {0} characters). Please shorten it and send it again.",
            "این پیام خیلی طولانی است (حداکثر {0} کاراکتر). لطفاً کوتاه‌ترش کنید و دوباره بفرستید."),
        E(TextKey.RateLimited,
            "You're sending messages very fast. Give me a few seconds, then try again.",
            "پیام‌ها را خیلی سریع می‌فرستید. چند ثانیه صبر کنید و دوباره امتحان کنید."),
        E(TextKey.UnknownCommand,
            "Sorry, I didn't catch that. Type \"help\" to see what I can do.",
            "ببخشید، متوجه نشدم. برای دیدن کارهایی که از دستم برمی‌آید بنویسید «راهنما»."),
        E(TextKey.LanguageSwitched,
            "Done! I'll speak English from now on.",
            "حتماً! از این به بعد فارسی صحبت می‌کنیم."),
        E(TextKey.GenericError,
            "Sorry, something went wrong on my side. Please try again in a moment.",
            "متأسفم، مشکلی از طرف من پیش آمد. لطفاً چند لحظهٔ دیگر دوباره امتحان کنید."),

        // A saved document the bot could not read was set aside (see UnreadableDocuments).
        E(TextKey.UnreadablePlanKept,
            "I'm sorry: I couldn't read your saved marketing plan. It may have been changed outside StrategyBot or saved by a different version of me. I've kept a copy of it exactly as it was and started a fresh plan, so you can carry on: we'll continue from the question we're on, or type \"restart\" to begin again from the start. To get the kept copy, type \"export my data\" or ask your support team.",
            "متأسفم، نتوانستم برنامهٔ بازاریابی ذخیره‌شدهٔ شما را بخوانم. شاید بیرون از StrategyBot تغییر کرده یا با نسخهٔ دیگری از من ذخیره شده باشد. یک نسخه از آن را دقیقاً همان‌طور که بود نگه داشتم و برنامهٔ تازه‌ای شروع کردم تا بتوانید ادامه دهید: از همین سؤالی که در آن هستیم ادامه می‌دهیم، یا برای شروع از اول «شروع دوباره» را بنویسید. برای دریافت نسخهٔ نگه‌داشته «خروجی اطلاعات من» را بنویسید یا از پشتیبانی بخواهید."),
        E(TextKey.UnreadablePlanNotKept,
            "I'm sorry: I couldn't read your saved marketing plan, and it was too large to keep a copy of next to a new one. I've started a fresh plan, so you can carry on: we'll continue from the question we're on, or type \"restart\" to begin again from the start. Your support team can tell you more.",
            "متأسفم، نتوانستم برنامهٔ بازاریابی ذخیره‌شدهٔ شما را بخوانم و آن‌قدر بزرگ بود که نمی‌شد نسخه‌ای از آن را کنار برنامهٔ تازه نگه دارم. برنامهٔ تازه‌ای شروع کردم تا بتوانید ادامه دهید: از همین سؤالی که در آن هستیم ادامه می‌دهیم، یا برای شروع از اول «شروع دوباره» را بنویسید. پشتیبانی می‌تواند توضیح بیشتری بدهد."),
        E(TextKey.UnreadableProfileKept,
            "I'm sorry: I couldn't read your saved settings (language and time zone). I've kept a copy of them exactly as they were and started again with the defaults, so you may need to choose your language or time zone again. Your plan is not affected. To get the kept copy, type \"export my data\" or ask your support team.",
            "متأسفم، نتوانستم تنظیمات ذخیره‌شدهٔ شما (زبان و منطقهٔ زمانی) را بخوانم. یک نسخه از آن‌ها را دقیقاً همان‌طور که بود نگه داشتم و با تنظیمات پیش‌فرض از نو شروع کردم؛ شاید لازم باشد زبان یا منطقهٔ زمانی‌تان را دوباره انتخاب کنید. برنامهٔ شما دست نخورده است. برای دریافت نسخهٔ نگه‌داشته «خروجی اطلاعات من» را بنویسید یا از پشتیبانی بخواهید."),
        E(TextKey.UnreadableProfileNotKept,
            "I'm sorry: I couldn't read your saved settings (language and time zone), and couldn't keep a copy of them. I've started again with the defaults, so you may need to choose your language or time zone again. Your plan is not affected.",
            "متأسفم، نتوانستم تنظیمات ذخیره‌شدهٔ شما (زبان و منطقهٔ زمانی) را بخوانم و نتوانستم نسخه‌ای از آن‌ها نگه دارم. با تنظیمات پیش‌فرض از نو شروع کردم؛ شاید لازم باشد زبان یا منطقهٔ زمانی‌تان را دوباره انتخاب کنید. برنامهٔ شما دست نخورده است."),
        E(TextKey.UnreadableCheckInsKept,
            "I'm sorry: I couldn't read your saved check-in settings (day, time, and whether you had paused them). I've kept a copy of them exactly as they were and, to be safe, paused your weekly check-ins. Say \"resume check-ins\" whenever you want them back. Your plan and your past check-ins are not affected. To get the kept copy, type \"export my data\" or ask your support team.",
            "متأسفم، نتوانستم تنظیمات ذخیره‌شدهٔ گزارش‌های هفتگی شما (روز، ساعت و اینکه آن‌ها را متوقف کرده بودید یا نه) را بخوانم. یک نسخه از آن‌ها را دقیقاً همان‌طور که بود نگه داشتم و برای احتیاط گزارش‌های هفتگی را متوقف کردم. هر وقت خواستید بنویسید «ادامهٔ گزارش‌ها». برنامه و گزارش‌های قبلی شما دست نخورده است. برای دریافت نسخهٔ نگه‌داشته «خروجی اطلاعات من» را بنویسید یا از پشتیبانی بخواهید."),
        E(TextKey.UnreadableCheckInsNotKept,
            "I'm sorry: I couldn't read your saved check-in settings, and couldn't keep a copy of them. To be safe, I've paused your weekly check-ins: say \"resume check-ins\" whenever you want them back. Your plan and your past check-ins are not affected.",
            "متأسفم، نتوانستم تنظیمات ذخیره‌شدهٔ گزارش‌های هفتگی شما را بخوانم و نتوانستم نسخه‌ای از آن‌ها نگه دارم. برای احتیاط گزارش‌های هفتگی را متوقف کردم؛ هر وقت خواستید بنویسید «ادامهٔ گزارش‌ها». برنامه و گزارش‌های قبلی شما دست نخورده است."),

        // Question card.
        E(TextKey.QuestionSubmitButton, "Send", "ثبت پاسخ"),
        E(TextKey.QuestionAnswerLabel, "Your answer", "پاسخ شما"),
        E(TextKey.QuestionTypeHint, "You can also just type your answer.", "می‌توانید پاسخ را تایپ هم کنید."),
        E(TextKey.QuestionChoicePlaceholder, "Choose one", "یک گزینه را انتخاب کنید"),
        E(TextKey.QuestionAnswerRequired, "Please answer this question.", "لطفاً به این سؤال پاسخ دهید."),

        // SOSTAC step names.
        E(TextKey.StepSituation, "Situation", "تحلیل موقعیت"),
        E(TextKey.StepObjectives, "Objectives", "اهداف"),
        E(TextKey.StepStrategy, "Strategy", "استراتژی"),
        E(TextKey.StepTactics, "Tactics", "تاکتیک‌ها"),
        E(TextKey.StepAction, "Action", "اقدام"),
        E(TextKey.StepControl, "Control", "کنترل"),

        // Punctuation that differs by language.
        E(TextKey.ListSeparator, ", ", "، "),
        E(TextKey.ListLastSeparator, " and ", " و "),
        E(TextKey.Quoted, "\"{0}\"", "«{0}»"),

        // Pieces LocalFormat puts together.
        E(TextKey.AgeBandUnder, "under-{0}", "زیر {0} سال"),
        E(TextKey.AgeBandAndOver, "{0}+", "{0} سال به بالا"),
        E(TextKey.AgeBandRange, "{0}-{1}", "{0} تا {1}"),
        E(TextKey.DateAndTime, "{0} {1}, {2}", "{0} {1}، ساعت {2}"),
    ];

    private static KeyValuePair<TextKey, (string, string)> E(TextKey key, string english, string persian) =>
        new(key, (english, persian));
}
