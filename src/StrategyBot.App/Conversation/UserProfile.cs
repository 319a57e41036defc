using StrategyBot.App.Localization;

namespace StrategyBot.App.Conversation;

/// <summary>
/// What the bot remembers about the user apart from the plan: language, time zone, whether it said hello. Immutable:
/// the turn's view is shared by every reader, and a change is a <c>with</c> expression passed to
/// <see cref="TurnState.UpdateProfile"/>.
/// </summary>
internal sealed record UserProfile
{
    /// <summary>The profile of a user the bot knows nothing about yet.</summary>
    public static UserProfile Empty { get; } = new();

    /// <summary>Set by the language command; null means "follow the Teams client's locale".</summary>
    public Language? LanguageChoice { get; init; }

    /// <summary>The last locale Teams sent, used when no explicit choice was made.</summary>
    public string? LastLocale { get; init; }

    /// <summary>IANA zone from Teams' localTimezone, or the one the user confirmed.</summary>
    public string? TimeZoneId { get; init; }

    /// <summary>True once the zone was confirmed, so the bot asks only once.</summary>
    public bool TimeZoneConfirmed { get; init; }

    /// <summary>Teams sends installationUpdate and conversationUpdate for one install; welcome once, not twice.</summary>
    public DateTimeOffset? WelcomedAt { get; init; }

    public Language Language => Languages.Resolve(LanguageChoice, LastLocale);
}
