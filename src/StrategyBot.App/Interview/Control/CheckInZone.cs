using StrategyBot.App.Conversation;
using StrategyBot.App.Interview.Objectives;
using StrategyBot.App.Localization;
using StrategyBot.BotFramework.Protocol;
using StrategyBot.Domain.Text;

namespace StrategyBot.App.Interview.Control;

/// <summary>
/// The time zone the weekly check-in is kept in: the one Teams names (docs/bot-protocol.md#time-zone), once the user confirmed
/// it or typed another, kept in the profile and copied into the plan's Control.
/// </summary>
internal static class CheckInZone
{
    public static bool IsConfirmed(QuestionScope scope) =>
        TurnState.Of(scope.Context.State).Profile is { TimeZoneConfirmed: true } profile && TimeZones.Find(profile.TimeZoneId) is not null;

    // The host keeps the zone Teams last sent in the profile until the user confirms one; a card submit may carry none.
    public static string? FromTeams(QuestionScope scope) =>
        TurnState.Of(scope.Context.State).Profile.TimeZoneId ?? scope.Context.Turn.Activity.GetTimeZoneId();

    // The plan's own zone changes with the profile's; the plan itself is saved by the flow after the answer.
    public static void Save(QuestionScope scope, string zoneId)
    {
        TurnState.Of(scope.Context.State).UpdateProfile(profile => profile with { TimeZoneId = zoneId, TimeZoneConfirmed = true });
        scope.UpdateControl(c => c with { TimeZoneId = zoneId });
    }

    /// <summary>True for "change time zone" (either language) and its short forms, typed under the slot question.</summary>
    public static bool IsChangeRequest(string answer)
    {
        var folded = TextNormalizer.ForMatching(answer).Trim();
        return Enum.GetValues<Language>().Any(l => TextNormalizer.ForMatching(Texts.Get(l, ObjectiveText.ChangeTimeZone)) == folded)
            || InterviewVocabulary.ChangeTimeZone.Contains(folded, StringComparer.Ordinal);
    }

    // Zone ids are Latin ("Asia/Tehran"): kept left to right inside Persian sentences.
    public static string Name(string zoneId) => BidiMarks.KeepLeftToRight(zoneId);
}
