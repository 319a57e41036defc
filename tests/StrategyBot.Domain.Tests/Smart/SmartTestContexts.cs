using StrategyBot.Domain.Planning;
using StrategyBot.Domain.Smart;

namespace StrategyBot.Domain.Tests.Smart;

/// <summary>The plan context the labelled set was written against (see the header of SmartLabelledSet.tsv).</summary>
internal static class SmartTestContexts
{
    public static readonly DateOnly Today = new(2026, 11, 26);

    public static SmartContext English() => Build("en", "Sara", "Reza");

    public static SmartContext Persian() => Build("fa", "سارا", "رضا");

    public static SmartContext For(string language) => language == "fa" ? Persian() : English();

    private static SmartContext Build(string language, string first, string second) => new()
    {
        Today = Today,
        Language = language,
        Presence =
        [
            new PlatformPresence { Platform = Platform.Instagram, Followers = 5000, WeeklyReach = 12000 },
            new PlatformPresence { Platform = Platform.LinkedIn, Followers = 1200, WeeklyReach = 3000 },
            new PlatformPresence { Platform = Platform.Telegram, Followers = 800, WeeklyReach = 2000 },
            new PlatformPresence { Platform = Platform.TikTok, Followers = 300, WeeklyReach = 1500 },
        ],
        Personas =
        [
            new Persona { Name = first, AgeBand = "25-34", Platforms = [Platform.Instagram, Platform.TikTok] },
            new Persona { Name = second, AgeBand = "35-50", Platforms = [Platform.LinkedIn, Platform.Telegram] },
        ],
    };
}
