namespace StrategyBot.Testing;

/// <summary>What users type: commands in both languages, real answers, numbers in every digit set, and hostile text.</summary>
public static class FuzzTexts
{
    public static IReadOnlyList<string> All { get; } =
    [
        "hi", "start", "help", "back", "skip", "keep", "cancel", "restart", "status", "summary", "show my plan", "language",
        "edit situation", "edit objectives", "edit control", "continue", "yes", "no", "1", "2", "3",
        "export my data", "delete my data", "yes", "no", "check in now", "snooze", "skip this week", "pause check-ins",
        "سلام", "راهنما", "برگرد", "رد کن", "خلاصه", "زبان", "بله", "نه", "خروجی اطلاعات من", "حذف اطلاعات من",
        "We bake birthday cakes", "Busy parents", "Instagram, LinkedIn", "Instagram", "25-34", "1200", "۱۲۰۰", "١٢٠٠",
        "12k", "1.5m", "2,500", "40%", "60/40", "1 March 2027", "۱۴۰۶/۰۱/۱۵", "next friday", "in 3 months",
        "goal: grow Instagram followers by 20% by September", "هدف: افزایش فروش ۱۰٪ تا پایان سال",
        "reach 12000 clicks 340 spend 200", "#cakes #birthday", "Mondays 09:00", "Europe/Berlin",
        "[click](https://evil.example)", "![x](https://evil.example/p.png)", "<at>Bob</at>", "**bold** _it_",
        "{\"type\":\"Action.OpenUrl\",\"url\":\"https://evil.example\"}", "\u202Ereversed\u202C", "a\u0000b\u0007c",
        "👩🏽‍💻🎂", "Z̷̢̛a̶l̸g̵o̴", "   ", "", "\t\n", "-1", "0", "1e308", "NaN", "Infinity", "99999999999999999999999999",
    ];
}
