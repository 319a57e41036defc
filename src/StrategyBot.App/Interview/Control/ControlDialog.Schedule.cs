using StrategyBot.App.CheckIns;
using StrategyBot.App.Conversation;
using StrategyBot.App.Interview.Objectives;
using StrategyBot.App.Localization;
using StrategyBot.BotFramework.Dialogs.Prompts;
using StrategyBot.BotFramework.Protocol;
using StrategyBot.Domain.Text;

namespace StrategyBot.App.Interview.Control;

/// <summary>
/// The weekly check-in slot and its time zone, then the A/B test. The zone comes from Teams' localTimezone
/// (bot-protocol.md §4) and is confirmed once; "change time zone" under the slot question changes it later.
/// </summary>
internal sealed partial class ControlDialog
{
    // Yes when the user confirmed a zone before; no (type one) when Teams named none we know; otherwise ask.
    private static QuestionAnswer? KnownZone(QuestionScope scope, ILogger logger)
    {
        if (ZoneConfirmed(scope))
        {
            return QuestionAnswer.Given(true);
        }

        var teamsZone = TeamsZone(scope);
        if (TimeZones.Find(teamsZone) is not null)
        {
            return null;
        }

        if (!string.IsNullOrWhiteSpace(teamsZone))
        {
            Log.UnknownTeamsTimeZone(logger, teamsZone);
        }

        return QuestionAnswer.Given(false);
    }

    private static PromptCall AskConfirmZone(QuestionScope scope, TimeProvider time)
    {
        var zone = TimeZones.Find(TeamsZone(scope))!;
        var localNow = TimeOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), zone).DateTime);
        var question = ObjectiveTexts.Format(scope.Language, ObjectiveText.AskTimeZoneConfirm, ZoneName(zone.Id), localNow);
        return new PromptCall(ConfirmPromptId, new PromptOptions
        {
            Text = BidiMarks.StartRightToLeft(scope.Language, question),
            Choices = ObjectiveChoices.YesNo(scope.Language),
        });
    }

    private static void ConfirmTeamsZone(QuestionScope scope, bool confirmed)
    {
        if (confirmed && TimeZones.Find(TeamsZone(scope)) is { } zone)
        {
            SaveZone(scope, zone.Id);
        }
    }

    private static PromptCall AskZone(QuestionScope scope) => new(ZonePromptId, new PromptOptions
    {
        Prompt = InterviewTurn.Message(scope.Language, ObjectiveTexts.Get(scope.Language, ObjectiveText.AskTimeZone), ["Asia/Tehran", "Europe/Berlin", "UTC"]),
        RetryText = BidiMarks.StartRightToLeft(scope.Language, ObjectiveTexts.Get(scope.Language, ObjectiveText.TimeZoneRetry)),
    });

    private static void SaveTypedZone(QuestionScope scope, string answer)
    {
        if (TimeZones.TryRead(answer, out var zoneId))
        {
            SaveZone(scope, zoneId);
            scope.Say(ObjectiveTexts.Format(scope.Language, ObjectiveText.TimeZoneSet, ZoneName(zoneId)));
        }
    }

    private static PromptCall AskSlot(QuestionScope scope, CheckInOptions offered)
    {
        var language = scope.Language;
        var control = scope.Plan.Control;
        var slot = LocalFormat.Weekday(language, control.CheckInDay ?? offered.DefaultDayOfWeek)
            + " " + LocalFormat.Time(language, control.CheckInTime ?? offered.DefaultTime);
        var zone = ZoneName(StateDocuments.PeekProfile(scope.Context.State).TimeZoneId ?? "UTC");
        var question = ObjectiveTexts.Format(language, ObjectiveText.AskCheckInSlot, slot, zone);
        return new PromptCall(SlotPromptId, new PromptOptions
        {
            Prompt = InterviewTurn.Message(language, question, [slot, ObjectiveTexts.Get(language, ObjectiveText.ChangeTimeZone)]),
            RetryText = BidiMarks.StartRightToLeft(language, ObjectiveTexts.Get(language, ObjectiveText.CheckInSlotRetry)),
        });
    }

    // "Change time zone" saves nothing here: the slot question routes to the zone question instead.
    private static void SaveSlot(QuestionScope scope, string answer, CheckInOptions offered, ILogger logger)
    {
        if (IsChangeZone(answer) || !CheckInSlot.TryRead(answer, offered.DefaultDayOfWeek, offered.DefaultTime, out var day, out var time))
        {
            return;
        }

        var zoneId = StateDocuments.PeekProfile(scope.Context.State).TimeZoneId ?? "UTC";
        scope.Plan.Control.CheckInDay = day;
        scope.Plan.Control.CheckInTime = time;
        scope.Plan.Control.TimeZoneId = zoneId;
        Log.CheckInSlotSaved(logger, day, time, zoneId);
        scope.Say(ObjectiveTexts.Format(scope.Language, ObjectiveText.CheckInSlotSaved, day, time, ZoneName(zoneId)));
    }

    private static PromptCall AskAbTest(QuestionScope scope) => new(TextPromptId, new PromptOptions
    {
        Prompt = InterviewTurn.Message(scope.Language, ObjectiveTexts.Get(scope.Language, ObjectiveText.AskAbTest), []),
        MaxLength = 500,
        AllowSkip = true,
    });

    private static bool ZoneConfirmed(QuestionScope scope) =>
        StateDocuments.PeekProfile(scope.Context.State) is { TimeZoneConfirmed: true } profile && TimeZones.Find(profile.TimeZoneId) is not null;

    // The host keeps the zone Teams last sent in the profile until the user confirms one; a card submit may carry none.
    private static string? TeamsZone(QuestionScope scope) =>
        StateDocuments.PeekProfile(scope.Context.State).TimeZoneId ?? scope.Context.Turn.Activity.GetTimeZoneId();

    // The plan's own zone changes with the profile's; the plan itself is saved by the flow after the answer.
    private static void SaveZone(QuestionScope scope, string zoneId)
    {
        var profile = StateDocuments.LoadProfile(scope.Context.State);
        profile.TimeZoneId = zoneId;
        profile.TimeZoneConfirmed = true;
        StateDocuments.SaveProfile(scope.Context.State, profile);
        scope.Plan.Control.TimeZoneId = zoneId;
    }

    private static bool IsChangeZone(string answer)
    {
        var folded = TextNormalizer.ForMatching(answer).Trim();
        return Enum.GetValues<Language>().Any(l => TextNormalizer.ForMatching(ObjectiveTexts.Get(l, ObjectiveText.ChangeTimeZone)) == folded)
            || folded is "time zone" or "timezone" or "zone" or "منطقه زمانی";
    }

    // Zone ids are Latin ("Asia/Tehran"): kept left to right inside Persian sentences.
    private static string ZoneName(string zoneId) => BidiMarks.KeepLeftToRight(zoneId);
}
