using StrategyBot.App.CheckIns;
using StrategyBot.App.Conversation;
using StrategyBot.App.Interview.Objectives;
using StrategyBot.App.Localization;
using StrategyBot.BotFramework.Dialogs.Prompts;

namespace StrategyBot.App.Interview.Control;

/// <summary>
/// The weekly check-in slot and its time zone (see <see cref="CheckInZone"/>), then the A/B test; "change time zone"
/// under the slot question changes the zone later.
/// </summary>
internal sealed partial class ControlDialog
{
    // Yes when the user confirmed a zone before; no (type one) when Teams named none we know; otherwise ask.
    private static QuestionAnswer? KnownZone(QuestionScope scope, ILogger logger)
    {
        if (CheckInZone.IsConfirmed(scope))
        {
            return QuestionAnswer.Given(true);
        }

        var teamsZone = CheckInZone.FromTeams(scope);
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
        var zone = TimeZones.Find(CheckInZone.FromTeams(scope))!;
        var localNow = TimeOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), zone).DateTime);
        var question = Texts.Format(scope.Language, ObjectiveText.AskTimeZoneConfirm, CheckInZone.Name(zone.Id), localNow);
        return new PromptCall(ConfirmPromptId, new PromptOptions
        {
            Text = BidiMarks.StartRightToLeft(scope.Language, question),
            Choices = ObjectiveChoices.YesNo(scope.Language),
        });
    }

    private static void ConfirmTeamsZone(QuestionScope scope, bool confirmed)
    {
        if (confirmed && TimeZones.Find(CheckInZone.FromTeams(scope)) is { } zone)
        {
            CheckInZone.Save(scope, zone.Id);
        }
    }

    private static PromptCall AskZone(QuestionScope scope) => new(ZonePromptId, new PromptOptions
    {
        Prompt = InterviewTurn.Message(scope.Language, Texts.Get(scope.Language, ObjectiveText.AskTimeZone), ["Asia/Tehran", "Europe/Berlin", "UTC"]),
        RetryText = BidiMarks.StartRightToLeft(scope.Language, Texts.Get(scope.Language, ObjectiveText.TimeZoneRetry)),
    });

    private static void SaveTypedZone(QuestionScope scope, string answer)
    {
        if (TimeZones.TryRead(answer, out var zoneId))
        {
            CheckInZone.Save(scope, zoneId);
            scope.Say(Texts.Format(scope.Language, ObjectiveText.TimeZoneSet, CheckInZone.Name(zoneId)));
        }
    }

    private static PromptCall AskSlot(QuestionScope scope, CheckInOptions offered)
    {
        var language = scope.Language;
        var control = scope.Plan.Control;
        var slot = LocalFormat.Weekday(language, control.CheckInDay ?? offered.DefaultDayOfWeek)
            + " " + LocalFormat.Time(language, control.CheckInTime ?? offered.DefaultTime);
        var zone = CheckInZone.Name(TurnState.Of(scope.Context.State).Profile.TimeZoneId ?? "UTC");
        var question = Texts.Format(language, ObjectiveText.AskCheckInSlot, slot, zone);
        return new PromptCall(SlotPromptId, new PromptOptions
        {
            Prompt = InterviewTurn.Message(language, question, [slot, Texts.Get(language, ObjectiveText.ChangeTimeZone)]),
            RetryText = BidiMarks.StartRightToLeft(language, Texts.Get(language, ObjectiveText.CheckInSlotRetry)),
        });
    }

    // "Change time zone" saves nothing here: the slot question routes to the zone question instead.
    private static void SaveSlot(QuestionScope scope, string answer, CheckInOptions offered, ILogger logger)
    {
        if (CheckInZone.IsChangeRequest(answer) || !CheckInSlot.TryRead(answer, offered.DefaultDayOfWeek, offered.DefaultTime, out var day, out var time))
        {
            return;
        }

        var zoneId = TurnState.Of(scope.Context.State).Profile.TimeZoneId ?? "UTC";
        scope.UpdateControl(c => c with { CheckInDay = day, CheckInTime = time, TimeZoneId = zoneId });
        Log.CheckInSlotSaved(logger, day, time, zoneId);
        scope.Say(Texts.Format(scope.Language, ObjectiveText.CheckInSlotSaved, day, time, CheckInZone.Name(zoneId)));
    }

    private static PromptCall AskAbTest(QuestionScope scope) => new(TextPromptId, new PromptOptions
    {
        Prompt = InterviewTurn.Message(scope.Language, Texts.Get(scope.Language, ObjectiveText.AskAbTest), []),
        MaxLength = 500,
        AllowSkip = true,
    });
}
