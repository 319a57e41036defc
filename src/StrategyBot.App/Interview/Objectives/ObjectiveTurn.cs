using StrategyBot.App.Conversation;
using StrategyBot.App.Localization;
using StrategyBot.BotFramework.Dialogs;
using StrategyBot.BotFramework.Dialogs.Prompts;
using StrategyBot.BotFramework.Protocol;

namespace StrategyBot.App.Interview.Objectives;

/// <summary>What every step of these dialogs needs from the turn: the user's language, today, and a way to talk.</summary>
internal static class ObjectiveTurn
{
    /// <summary>The language command's choice wins; otherwise the locale of this message, then the last one seen.</summary>
    public static Language Language(DialogContext dc)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var profile = StateDocuments.LoadProfile(dc.State);
        return profile.LanguageChoice ?? Languages.FromLocale(dc.Turn.Activity.GetLocale() ?? profile.LastLocale);
    }

    /// <summary>The user's today: the profile's confirmed zone, else the one Teams sent, else UTC.</summary>
    public static DateOnly Today(DialogContext dc, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(dc);
        ArgumentNullException.ThrowIfNull(time);
        var zone = TimeZones.Find(StateDocuments.LoadProfile(dc.State).TimeZoneId)
            ?? TimeZones.Find(dc.Turn.Activity.GetTimeZoneId())
            ?? TimeZoneInfo.Utc;
        return DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), zone).DateTime);
    }

    /// <summary>Queues a plain message that starts right to left in Persian.</summary>
    public static void Say(DialogContext dc, Language language, string text)
    {
        ArgumentNullException.ThrowIfNull(dc);
        dc.Turn.SendText(BidiMarks.StartRightToLeft(language, text));
    }

    /// <summary>A confirm prompt's labels in the user's language, yes first.</summary>
    public static List<Choice> YesNo(Language language) =>
    [
        new("yes") { Title = ObjectiveTexts.Get(language, ObjectiveText.Yes) },
        new("no") { Title = ObjectiveTexts.Get(language, ObjectiveText.No) },
    ];

    /// <summary>A question with one-tap answers (suggested actions); typing anything else still works.</summary>
    public static Activity Question(Language language, string text, IEnumerable<string> quickReplies)
    {
        var actions = quickReplies.Where(r => !string.IsNullOrWhiteSpace(r)).Distinct(StringComparer.Ordinal)
            .Select(r => new CardAction { Type = "imBack", Title = r, Value = r })
            .ToList();
        return new Activity
        {
            Type = ActivityTypes.Message,
            Text = BidiMarks.StartRightToLeft(language, text),
            SuggestedActions = actions.Count == 0 ? null : new SuggestedActions { Actions = actions },
        };
    }
}
