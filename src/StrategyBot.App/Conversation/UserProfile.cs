using StrategyBot.App.Localization;

namespace StrategyBot.App.Conversation;

/// <summary>What the bot remembers about the user apart from the plan: language, time zone, whether it said hello.</summary>
internal sealed class UserProfile
{
    /// <summary>Set by the language command; null means "follow the Teams client's locale".</summary>
    public Language? LanguageChoice { get; set; }

    /// <summary>The last locale Teams sent, used when no explicit choice was made.</summary>
    public string? LastLocale { get; set; }

    /// <summary>IANA zone from Teams' localTimezone, or the one the user confirmed.</summary>
    public string? TimeZoneId { get; set; }

    /// <summary>True once the zone was confirmed, so the bot asks only once.</summary>
    public bool TimeZoneConfirmed { get; set; }

    /// <summary>Teams sends installationUpdate and conversationUpdate on install; welcome once, not twice.</summary>
    public DateTimeOffset? WelcomedAt { get; set; }

    public Language Language => Languages.Resolve(LanguageChoice, LastLocale);
}
