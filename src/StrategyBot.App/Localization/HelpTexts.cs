namespace StrategyBot.App.Localization;

/// <summary>
/// The help message (<see cref="TextKey.HelpText"/>), long enough to read better as its own block than as one
/// catalogue line. The Persian names each command in Persian with the English word beside it, because users switch
/// keyboards less than they switch languages.
/// </summary>
internal static class HelpTexts
{
    public const string English = """
        I'll coach you through a social media marketing plan with the **SOSTAC** model, one step at a time:

        - **Situation**: your business, personas, competitors, SWOT and where your social accounts stand today
        - **Objectives**: what you want to achieve, as SMART objectives
        - **Strategy**: which platforms, the split between content and paid social, and what makes you different
        - **Tactics**: content pillars, posting rhythm, hashtags, calls to action and the budget split
        - **Action**: who does what, and by when
        - **Control**: KPIs with targets and deadlines, and your weekly check-in

        You can type these at any time:

        - **start**: start a plan
        - **show my plan**: see your plan summary
        - **goal:** and a goal, for example **goal: grow Instagram reach 20% by March**: capture an objective right away
        - **check in now**: report this week's numbers
        - **show my progress**: see how your KPIs stand against their targets
        - **change check-in time**: pick another day and time for the weekly check-in
        - **time zone**: set the time zone your check-ins follow
        - **pause check-ins** and **resume check-ins**: stop and restart the weekly reminders
        - **status**: see how far you are through the six steps
        - **summary**: see what you've told me so far
        - **edit** followed by a step, for example **edit objectives**: change that step
        - **back**: go back to the previous question
        - **skip**: skip an optional question
        - **cancel**: stop what we're doing now (your saved answers stay)
        - **restart**: start the plan again from the beginning
        - **language**: switch between English and Persian
        - **export my plan**: your plan as a Word document (**export my plan as markdown** for Markdown)
        - **export my data**: download everything I store about you
        - **delete my data**: erase everything I store about you (I ask first)
        - **help**: show this message
        """;

    public const string Persian = """
        من قدم‌به‌قدم با مدل **SOSTAC** کمکتان می‌کنم برنامهٔ بازاریابی شبکه‌های اجتماعی‌تان را بنویسید:

        - **تحلیل موقعیت**: کسب‌وکار، پرسوناها، رقبا، تحلیل SWOT (سوات) و وضعیت فعلی صفحه‌هایتان
        - **اهداف**: آنچه می‌خواهید به دست بیاورید، در قالب اهداف SMART
        - **استراتژی**: پلتفرم‌ها، سهم محتوای ارگانیک و تبلیغات پولی، و وجه تمایز برندتان
        - **تاکتیک‌ها**: ستون‌های محتوایی، تعداد و زمان انتشار، هشتگ‌ها، دعوت به اقدام (CTA) و تقسیم بودجه
        - **اقدام**: چه کسی، چه کاری را تا چه زمانی انجام می‌دهد
        - **کنترل**: شاخص‌های کلیدی عملکرد (KPI) با هدف و مهلت مشخص، و گزارش هفتگی

        هر زمان که خواستید، می‌توانید این‌ها را بنویسید:

        - **شروع** (start): شروع برنامه‌ریزی
        - **برنامهٔ من** (show my plan): دیدن خلاصهٔ برنامه
        - **هدف:** و هدفتان، مثلاً **هدف: افزایش ۲۰٪ دسترسی اینستاگرام تا پایان اسفند** (goal:): ثبت فوری یک هدف
        - **گزارش هفتگی** (check in now): ثبت عددهای این هفته
        - **پیشرفت من** (show my progress): وضعیت شاخص‌ها در برابر هدفشان
        - **تغییر زمان گزارش** (change check-in time): انتخاب روز و ساعت دیگری برای گزارش هفتگی
        - **منطقهٔ زمانی** (time zone): تنظیم منطقهٔ زمانی گزارش‌ها
        - **توقف گزارش** و **ادامهٔ گزارش** (pause / resume check-ins): قطع و وصل یادآوری هفتگی
        - **وضعیت** (status): ببینید در کدام‌یک از شش مرحله هستید
        - **خلاصه** (summary): مرور چیزهایی که تا اینجا گفته‌اید
        - **ویرایش** و نام مرحله، مثلاً **ویرایش اهداف** (edit objectives): تغییر همان مرحله
        - **قبلی** (back): برگشت به سؤال قبل
        - **رد شو** (skip): رد شدن از سؤال‌های اختیاری
        - **لغو** (cancel): توقف کار فعلی (پاسخ‌های ذخیره‌شده سر جایشان می‌مانند)
        - **شروع دوباره** (restart): شروع برنامه از اول
        - **زبان** (language): جابه‌جایی بین فارسی و انگلیسی
        - **خروجی برنامه** (export my plan): برنامه‌تان در قالب فایل Word (**خروجی برنامه مارک‌داون** برای Markdown)
        - **خروجی اطلاعات من** (export my data): دریافت همهٔ اطلاعاتی که از شما نگه می‌دارم
        - **حذف اطلاعات من** (delete my data): پاک کردن همهٔ اطلاعات شما (اول می‌پرسم)
        - **راهنما** (help): نمایش همین پیام
        """;
}
