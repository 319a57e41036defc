using StrategyBot.App.Conversation;
using StrategyBot.App.Localization;
using StrategyBot.BotFramework.Dialogs;
using StrategyBot.BotFramework.Dialogs.Prompts;
using StrategyBot.BotFramework.Protocol;
using StrategyBot.Domain.Text;

namespace StrategyBot.App.Interview.Objectives;

/// <summary>
/// The weekly check-in slot and its time zone, then the A/B test. The zone comes from Teams' localTimezone
/// (docs/bot-protocol.md#time-zone) and is confirmed once; "change time zone" under the slot question changes it later.
/// </summary>
internal sealed partial class ControlDialog
{
    private async Task<DialogTurnResult> ConfirmZoneAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var profile = StateDocuments.LoadProfile(step.State);
        if (profile.TimeZoneConfirmed && TimeZones.Find(profile.TimeZoneId) is not null)
        {
            return await step.GoToStepAsync("slot", cancellationToken);
        }

        var teamsZone = TeamsZone(step);
        if (TimeZones.Find(teamsZone) is not { } zone)
        {
            if (!string.IsNullOrWhiteSpace(teamsZone))
            {
                Log.UnknownTeamsTimeZone(_logger, teamsZone);
            }

            return await step.GoToStepAsync("askZone", cancellationToken);
        }

        var language = InterviewTurn.Language(step.Context);
        var localNow = TimeOnly.FromDateTime(TimeZoneInfo.ConvertTime(_time.GetUtcNow(), zone).DateTime);
        var question = ObjectiveTexts.Format(language, ObjectiveText.AskTimeZoneConfirm, ZoneName(zone.Id), localNow);
        return await step.PromptAsync(ConfirmPromptId, new PromptOptions
        {
            Text = BidiMarks.StartRightToLeft(language, question),
            Choices = ObjectiveChoices.YesNo(language),
        }, cancellationToken);
    }

    private static async Task<DialogTurnResult> ApplyZoneConfirmAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Reason == WaterfallStepReason.Back)
        {
            return await step.GoToStepAsync("confirmZone", cancellationToken);
        }

        if (step.Result is true && TimeZones.Find(TeamsZone(step)) is { } zone)
        {
            SaveZone(step, zone.Id);
            return await step.GoToStepAsync("slot", cancellationToken);
        }

        return await step.NextAsync(null, cancellationToken);
    }

    private static async Task<DialogTurnResult> AskZoneAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var language = InterviewTurn.Language(step.Context);
        return await step.PromptAsync(ZonePromptId, new PromptOptions
        {
            Prompt = InterviewTurn.Message(language, ObjectiveTexts.Get(language, ObjectiveText.AskTimeZone), ["Asia/Tehran", "Europe/Berlin", "UTC"]),
            RetryText = BidiMarks.StartRightToLeft(language, ObjectiveTexts.Get(language, ObjectiveText.TimeZoneRetry)),
        }, cancellationToken);
    }

    private static async Task<DialogTurnResult> ApplyZoneAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Result is string answer && TimeZones.TryRead(answer, out var zoneId))
        {
            var language = InterviewTurn.Language(step.Context);
            SaveZone(step, zoneId);
            InterviewTurn.Say(step.Context, language, ObjectiveTexts.Format(language, ObjectiveText.TimeZoneSet, ZoneName(zoneId)));
            return await step.NextAsync(null, cancellationToken);
        }

        return await step.GoToStepAsync("askZone", cancellationToken);
    }

    private static async Task<DialogTurnResult> SlotAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var language = InterviewTurn.Language(step.Context);
        var control = StateDocuments.LoadPlan(step.State).Control;
        var day = control.CheckInDay ?? CheckInSlot.DefaultDay;
        var time = control.CheckInTime ?? CheckInSlot.DefaultTime;
        var slot = LocalFormat.Weekday(language, day) + " " + LocalFormat.Time(language, time);
        var zone = ZoneName(StateDocuments.LoadProfile(step.State).TimeZoneId ?? "UTC");
        var question = ObjectiveTexts.Format(language, ObjectiveText.AskCheckInSlot, slot, zone);
        return await step.PromptAsync(SlotPromptId, new PromptOptions
        {
            Prompt = InterviewTurn.Message(language, question, [slot, ObjectiveTexts.Get(language, ObjectiveText.ChangeTimeZone)]),
            RetryText = BidiMarks.StartRightToLeft(language, ObjectiveTexts.Get(language, ObjectiveText.CheckInSlotRetry)),
        }, cancellationToken);
    }

    private async Task<DialogTurnResult> ApplySlotAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Result is not string answer)
        {
            return await step.GoToStepAsync("slot", cancellationToken);
        }

        if (IsChangeZone(answer))
        {
            return await step.GoToStepAsync("askZone", cancellationToken);
        }

        var plan = StateDocuments.LoadPlan(step.State);
        var zoneId = StateDocuments.LoadProfile(step.State).TimeZoneId ?? "UTC";
        if (!CheckInSlot.TryRead(answer, out var day, out var time))
        {
            return await step.GoToStepAsync("slot", cancellationToken);
        }

        plan.Control.CheckInDay = day;
        plan.Control.CheckInTime = time;
        plan.Control.TimeZoneId = zoneId;
        StateDocuments.SavePlan(step.State, plan);
        Log.CheckInSlotSaved(_logger, day, time, zoneId);
        var language = InterviewTurn.Language(step.Context);
        InterviewTurn.Say(step.Context, language, ObjectiveTexts.Format(language, ObjectiveText.CheckInSlotSaved, day, time, ZoneName(zoneId)));
        return await step.NextAsync(null, cancellationToken);
    }

    private static async Task<DialogTurnResult> AbTestAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var language = InterviewTurn.Language(step.Context);
        return await step.PromptAsync(TextPromptId, new PromptOptions
        {
            Prompt = InterviewTurn.Message(language, ObjectiveTexts.Get(language, ObjectiveText.AskAbTest), []),
            MaxLength = 500,
            AllowSkip = true,
        }, cancellationToken);
    }

    private static async Task<DialogTurnResult> DoneAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var plan = StateDocuments.LoadPlan(step.State);
        if (step.Result is string idea)
        {
            plan.Control.AbTestIdea = idea;
            StateDocuments.SavePlan(step.State, plan);
        }

        var language = InterviewTurn.Language(step.Context);
        InterviewTurn.Say(step.Context, language, ObjectiveTexts.Format(
            language,
            ObjectiveText.ControlDone,
            plan.Control.KpiTargets.Count,
            plan.Control.CheckInDay ?? CheckInSlot.DefaultDay,
            plan.Control.CheckInTime ?? CheckInSlot.DefaultTime));
        return await step.EndDialogAsync(plan.Control.KpiTargets.Count, cancellationToken);
    }

    // The host keeps the zone Teams last sent in the profile until the user confirms one; a card submit may carry none.
    private static string? TeamsZone(WaterfallStepContext step) =>
        StateDocuments.LoadProfile(step.State).TimeZoneId ?? step.Turn.Activity.GetTimeZoneId();

    private static void SaveZone(WaterfallStepContext step, string zoneId)
    {
        var profile = StateDocuments.LoadProfile(step.State);
        profile.TimeZoneId = zoneId;
        profile.TimeZoneConfirmed = true;
        StateDocuments.SaveProfile(step.State, profile);
        var plan = StateDocuments.LoadPlan(step.State);
        plan.Control.TimeZoneId = zoneId;
        StateDocuments.SavePlan(step.State, plan);
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
