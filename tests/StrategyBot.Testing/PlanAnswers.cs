namespace StrategyBot.Testing;

/// <summary>
/// The answers of one whole marketing plan (a family bakery), in English and Persian, as a marketer would type them.
/// Tests play them through the interview, and the bench (bench/Driver links this file, since it is outside the
/// solution) plays the English ones under load, so both always follow the same questions. No dependencies on purpose.
/// </summary>
public static class PlanAnswers
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
}
