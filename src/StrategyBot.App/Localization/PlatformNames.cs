using StrategyBot.Domain.Planning;

namespace StrategyBot.App.Localization;

/// <summary>Platform names as a reader of each language knows them.</summary>
public static class PlatformNames
{
    /// <summary>"Instagram" or "اینستاگرام".</summary>
    public static string Name(Language language, Platform platform) =>
        language == Language.Persian ? Persian(platform) : Platforms.EnglishName(platform);

    private static string Persian(Platform platform) => platform switch
    {
        Platform.Instagram => "اینستاگرام",
        Platform.Facebook => "فیسبوک",
        Platform.LinkedIn => "لینکدین",
        Platform.X => "ایکس (توییتر)",
        Platform.TikTok => "تیک‌تاک",
        Platform.YouTube => "یوتیوب",
        Platform.Telegram => "تلگرام",
        Platform.WhatsApp => "واتس‌اپ",
        Platform.Pinterest => "پینترست",
        Platform.Aparat => "آپارات",
        Platform.Threads => "تردز",
        _ => Platforms.EnglishName(platform),
    };
}
