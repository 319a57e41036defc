using StrategyBot.App.Cards;
using StrategyBot.App.Localization;

namespace StrategyBot.App.Tests.Rendering;

/// <summary>
/// One question card per input style the interview uses, at its tallest: the most options shown as a list, a help
/// line, and a pre-filled answer.
/// </summary>
internal static class RenderingQuestions
{
    public static readonly string[] Kinds = ["choice", "choice-multi", "choice-compact", "number", "date", "text"];

    private static readonly (string En, string Fa, string Value)[] Families =
    [
        ("Brand awareness", "آگاهی از برند", "brandAwareness"),
        ("Sales", "فروش", "sales"),
        ("Return on investment (ROI)", "بازگشت سرمایه (ROI)", "roi"),
        ("Sales and service quality", "کیفیت فروش و خدمات", "quality"),
        ("Market leadership", "رهبری بازار", "leadership"),
    ];

    private static readonly (string En, string Fa, string Value)[] Platforms =
    [
        ("Instagram", "اینستاگرام", "instagram"),
        ("Telegram", "تلگرام", "telegram"),
        ("LinkedIn", "لینکدین", "linkedin"),
        ("X (Twitter)", "ایکس (توییتر)", "x"),
        ("YouTube", "یوتیوب", "youtube"),
        ("Aparat", "آپارات", "aparat"),
        ("WhatsApp", "واتس‌اپ", "whatsapp"),
        ("Rubika", "روبیکا", "rubika"),
    ];

    public static QuestionCardContent Content(string kind, Language language)
    {
        var fa = language == Language.Persian;
        string Pick(string en, string persian) => fa ? persian : en;
        IReadOnlyList<CardChoice> Choices(IEnumerable<(string En, string Fa, string Value)> options) =>
            [.. options.Select(o => new CardChoice(Pick(o.En, o.Fa), o.Value))];

        return kind switch
        {
            "choice" => new QuestionCardContent("objectives.family", Pick("Which goal family does this objective serve?", "این هدف در خدمت کدام خانوادهٔ هدف است؟"), QuestionInputKind.Choice)
            {
                HelpLine = Pick("Tying an objective to a family keeps it relevant to what the business needs.", "وصل کردن هدف به یک خانواده آن را با نیاز کسب‌وکار مرتبط نگه می‌دارد."),
                Choices = Choices(Families),
                CurrentValue = "sales",
            },
            "choice-multi" => new QuestionCardContent("situation.personas.platforms", Pick("Which platforms does Sara, young professional, use most?", "سارا، کارمند جوان، بیشتر از کدام شبکه‌ها استفاده می‌کند؟"), QuestionInputKind.Choice)
            {
                HelpLine = Pick("Pick all that apply.", "هر چند تا که درست است انتخاب کنید."),
                Choices = Choices(Platforms.Take(5)),
                AllowMultiple = true,
            },
            "choice-compact" => new QuestionCardContent("strategy.platforms", Pick("Which platform should this objective focus on?", "این هدف روی کدام شبکه تمرکز کند؟"), QuestionInputKind.Choice)
            {
                Choices = Choices(Platforms),
            },
            "number" => new QuestionCardContent("situation.presence.instagram.followers", Pick("How many Instagram followers do you have today?", "امروز چند دنبال‌کننده در اینستاگرام دارید؟"), QuestionInputKind.Number)
            {
                HelpLine = Pick("This becomes the baseline that your targets grow from.", "این عدد مبنایی می‌شود که هدف‌هایتان از آن رشد می‌کنند."),
                Min = 0,
                CurrentValue = "4200",
                Placeholder = "0",
            },
            "date" => new QuestionCardContent("objectives.deadline", Pick("By when do you want to reach 12,000 weekly reach on Instagram?", "تا چه تاریخی می‌خواهید به دسترسی هفتگی ۱۲٬۰۰۰ در اینستاگرام برسید؟"), QuestionInputKind.Date)
            {
                HelpLine = Pick("A deadline makes the objective time-bound. Pick a date in the future.", "مهلت، هدف را زمان‌دار می‌کند. تاریخی در آینده انتخاب کنید."),
                EarliestDate = new DateOnly(2026, 12, 2),
                CurrentValue = "2027-03-20",
            },
            _ => new QuestionCardContent("situation.business", Pick("What does your business do, and what does it sell?", "کسب‌وکار شما چه می‌کند و چه می‌فروشد؟"), QuestionInputKind.Text)
            {
                HelpLine = Pick("One or two sentences are enough; you can edit it later.", "یکی دو جمله کافی است؛ بعداً می‌توانید ویرایشش کنید."),
                Placeholder = Pick("For example: handmade leather bags, sold online and in one shop", "مثلاً: کیف‌های چرمی دست‌دوز که آنلاین و در یک فروشگاه می‌فروشیم"),
                Multiline = true,
                MaxLength = 1000,
            },
        };
    }
}
