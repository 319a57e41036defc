using System.Collections.Frozen;

namespace StrategyBot.App.Localization;

/// <summary>The Persian text table, written for Iranian marketers (Persian ی and ک, نیم‌فاصله where it belongs).</summary>
internal static class PersianTexts
{
    public static FrozenDictionary<TextKey, string> Table { get; } = new Dictionary<TextKey, string>
    {
        { TextKey.WelcomeTitle, "به استراتژی‌بات خوش آمدید 👋" },
        { TextKey.WelcomePitch, "من مربی بازاریابی شبکه‌های اجتماعی شما هستم. با هم و قدم‌به‌قدم برنامهٔ بازاریابی‌تان را با مدل SOSTAC (تحلیل موقعیت، اهداف، استراتژی، تاکتیک‌ها، اقدام و کنترل) می‌سازیم، هدف‌هایتان را به اهداف SMART تبدیل می‌کنیم و هر هفته شاخص‌های کلیدی عملکرد (KPI) را با هم مرور می‌کنیم." },
        { TextKey.WelcomeBenefitsHeading, "چه چیزی به دست می‌آورید" },
        { TextKey.WelcomeBenefitPlan, "یک برنامهٔ بازاریابی کامل که قدم‌به‌قدم ذخیره می‌شود" },
        { TextKey.WelcomeBenefitSmart, "اهداف SMART؛ اگر چیزی کم باشد، دقیقاً می‌گویم چه چیزی و چطور درستش کنیم" },
        { TextKey.WelcomeBenefitCheckIns, "یک گزارش کوتاه هفتگی از KPIها و میزان پیشرفت نسبت به اهدافتان" },
        { TextKey.WelcomeBenefitResume, "هر وقت خواستید دست نگه دارید و بعداً دقیقاً از همان‌جا ادامه دهید" },
        { TextKey.WelcomeStartButton, "شروع برنامه‌ریزی" },
        { TextKey.WelcomeShowPlanButton, "نمایش برنامهٔ من" },
        { TextKey.WelcomeHelpButton, "راهنما" },
        { TextKey.LanguageToggleButton, "فارسی / English" },
        { TextKey.WelcomeFallback, "به استراتژی‌بات خوش آمدید! با مدل SOSTAC قدم‌به‌قدم برنامهٔ بازاریابی شبکه‌های اجتماعی‌تان را می‌سازیم. برای شروع بنویسید «شروع»، برای دیدن برنامه‌تان «برنامهٔ من» و برای دیدن همهٔ فرمان‌ها «راهنما»." },
        { TextKey.HelpText, PersianHelp.Text },
        { TextKey.SaveFailed, "متأسفم، نتوانستم این را ذخیره کنم. لطفاً دوباره بفرستید." },
        { TextKey.AnsweredOnOtherDevice, "همین الان از دستگاه دیگرتان به این سؤال جواب دادید؛ از همان‌جا ادامه می‌دهیم." },
        { TextKey.MessageTooLong, "این پیام خیلی طولانی است (حداکثر {0} کاراکتر). لطفاً کوتاه‌ترش کنید و دوباره بفرستید." },
        { TextKey.RateLimited, "پیام‌ها را خیلی سریع می‌فرستید. چند ثانیه صبر کنید و دوباره امتحان کنید." },
        { TextKey.UnknownCommand, "ببخشید، متوجه نشدم. برای دیدن کارهایی که از دستم برمی‌آید بنویسید «راهنما»." },
        { TextKey.LanguageSwitched, "حتماً! از این به بعد فارسی صحبت می‌کنیم." },
        { TextKey.GenericError, "متأسفم، مشکلی از طرف من پیش آمد. لطفاً چند لحظهٔ دیگر دوباره امتحان کنید." },
        { TextKey.QuestionSubmitButton, "ثبت پاسخ" },
        { TextKey.QuestionTypeHint, "می‌توانید پاسخ را تایپ هم کنید." },
        { TextKey.QuestionChoicePlaceholder, "یک گزینه را انتخاب کنید" },
        { TextKey.QuestionAnswerRequired, "لطفاً به این سؤال پاسخ دهید." },
        { TextKey.StepSituation, "تحلیل موقعیت" },
        { TextKey.StepObjectives, "اهداف" },
        { TextKey.StepStrategy, "استراتژی" },
        { TextKey.StepTactics, "تاکتیک‌ها" },
        { TextKey.StepAction, "اقدام" },
        { TextKey.StepControl, "کنترل" },
    }.ToFrozenDictionary();
}
