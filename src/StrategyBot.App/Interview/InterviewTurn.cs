using StrategyBot.App.Conversation;
using StrategyBot.App.Localization;
using StrategyBot.BotFramework.Dialogs;
using StrategyBot.BotFramework.Protocol;

namespace StrategyBot.App.Interview;

/// <summary>What every interview dialog needs from the turn: the user's language and today, and a way to talk.</summary>
internal static class InterviewTurn
{
    /// <summary>The language command's choice wins; otherwise the locale of this message, then the last one seen.</summary>
    public static Language Language(DialogContext dc)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var profile = TurnState.Of(dc.State).Profile;
        return profile.LanguageChoice ?? Languages.FromLocale(dc.Turn.Activity.GetLocale() ?? profile.LastLocale);
    }

    /// <summary>The user's today: the profile's zone, else the one Teams sent, else UTC.</summary>
    public static DateOnly Today(DialogContext dc, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(dc);
        ArgumentNullException.ThrowIfNull(time);
        var zone = TimeZones.Find(TurnState.Of(dc.State).Profile.TimeZoneId)
            ?? TimeZones.Find(dc.Turn.Activity.GetTimeZoneId())
            ?? TimeZoneInfo.Utc;
        return DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), zone).DateTime);
    }

    /// <summary>Queues a plain message that starts right to left in Persian.</summary>
    public static void Say(DialogContext dc, Language language, string text)
    {
        ArgumentNullException.ThrowIfNull(dc);
        dc.Turn.Send(Message(language, text, []));
    }

    /// <summary>A message with one-tap answers (suggested actions); typing anything else still works.</summary>
    public static Activity Message(Language language, string text, IEnumerable<string> quickReplies)
    {
        var actions = quickReplies.Where(r => !string.IsNullOrWhiteSpace(r)).Distinct(StringComparer.Ordinal)
            .Select(r => new CardAction { Type = "imBack", Title = r, Value = r })
            .ToList();
        return new Activity
        {
            Type = ActivityTypes.Message,
            Text = BidiMarks.StartRightToLeft(language, text),
            Locale = Languages.Code(language),
            SuggestedActions = actions.Count == 0 ? null : new SuggestedActions { Actions = actions },
        };
    }

    /// <summary>Stores the plan an answer changed (and, on a first answer, the plan's language).</summary>
    public static void StorePlan(DialogContext dc, QuestionScope scope)
    {
        if (dc.State.Find(TurnState.PlanDocument) is not { Exists: true })
        {
            scope.Update(plan => plan with { Language = Languages.Code(scope.Language) });
        }

        // The answer is the last change this turn makes to the plan; the next question is asked from this object.
        TurnState.Of(dc.State).SavePlan(scope.Plan);
    }
}
