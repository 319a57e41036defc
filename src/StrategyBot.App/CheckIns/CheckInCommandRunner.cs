using StrategyBot.App.Cards;
using StrategyBot.App.Conversation;
using StrategyBot.App.Interview.Objectives;
using StrategyBot.App.Localization;
using StrategyBot.BotFramework.Protocol;
using StrategyBot.BotFramework.State;
using StrategyBot.Domain.CheckIns;

namespace StrategyBot.App.CheckIns;

/// <summary>
/// The check-in commands a user types at any time: "check in now", "show my progress", "pause/resume check-ins",
/// "change check-in time" and "time zone …" (English and Persian, read by <see cref="CheckInCommand"/>). Split from
/// <see cref="CheckInTurnHandler"/>, which decides that a turn is for the check-ins and handles the card's answers.
/// </summary>
internal sealed class CheckInCommandRunner(
    ICheckInHistory history,
    ScheduleSync schedule,
    CheckInRules rules,
    TimeProvider time,
    ILogger<CheckInCommandRunner> logger)
{
    /// <summary>Runs a check-in command; its changes to the check-in state and the plan go into the turn's save.</summary>
    public async Task RunAsync(
        TurnContext turn, StateSet state, CheckInCommand command, Language language, CancellationToken cancellationToken)
    {
        var plan = TurnState.Of(state).Plan;
        var hasKpis = CheckInInputs.PlanKpis(plan).Count > 0;
        switch (command.Kind)
        {
            case CheckInCommandKind.CheckInNow when hasKpis:
                var week = CurrentWeek(state, turn.Activity);
                var requested = TurnState.Of(state).UpdateCheckIns(c => rules.ApplyRequested(c, week, time.GetUtcNow()));
                turn.Send(CheckInMessages.CheckInCard(plan, requested, week, language));
                break;
            case CheckInCommandKind.ShowProgress when hasKpis:
                await ShowProgressAsync(turn, state, language, cancellationToken);
                break;
            case CheckInCommandKind.Pause:
                Pause(turn, state, language);
                break;
            case CheckInCommandKind.Resume when hasKpis:
                await ResumeAsync(turn, state, language, cancellationToken);
                break;
            case CheckInCommandKind.ChangeTime:
                await ChangeSlotAsync(turn, state, command.Argument, language, cancellationToken);
                break;
            case CheckInCommandKind.TimeZone:
                await ChangeZoneAsync(turn, state, command.Argument, language, cancellationToken);
                break;
            default:
                Reply(turn, language, Texts.Get(language, CheckInText.NoKpis));
                break;
        }
    }

    public static void Pause(TurnContext turn, StateSet state, Language language)
    {
        // The index row stays; when it fires the scheduler finds the pause and drops it, which saves a write here.
        TurnState.Of(state).UpdateCheckIns(c => c with { Paused = PauseReason.User, Pending = null, NextSlotUtc = null });
        Reply(turn, language, Texts.Get(language, CheckInText.Paused));
    }

    private async Task ResumeAsync(TurnContext turn, StateSet state, Language language, CancellationToken cancellationToken)
    {
        var typed = TurnState.Of(state);
        var wasPaused = typed.CheckIns.IsPaused;
        typed.UpdateCheckIns(c => c with { Paused = null, PausedAt = null, IgnoredWeeks = 0, LastSendError = null });
        await schedule.SyncAsync(turn, state, cancellationToken);
        Log.CheckInsChanged(logger, "resumed");
        var checkIns = typed.CheckIns;
        var next = ScheduleSync.Describe(language, checkIns.NextSlotUtc, checkIns.Slot);
        Reply(turn, language, Texts.Format(language, wasPaused ? CheckInText.Resumed : CheckInText.AlreadyOn, next));
    }

    private async Task ChangeSlotAsync(
        TurnContext turn, StateSet state, string argument, Language language, CancellationToken cancellationToken)
    {
        if (argument.Length == 0)
        {
            var current = schedule.EffectiveSlot(state, turn.Activity);
            TurnState.Of(state).UpdateCheckIns(c => c with { Awaiting = CheckInPrompt.Slot });
            Reply(turn, language, Texts.Format(
                language, CheckInText.AskSlot, current.Day, current.Time, BidiMarks.KeepLeftToRight(current.ZoneId)));
            return;
        }

        if (!CheckInSlot.TryRead(argument, out var day, out var clock))
        {
            Reply(turn, language, Texts.Get(language, CheckInText.SlotRetry));
            return;
        }

        TurnState.Of(state).UpdatePlan(plan => plan with { Control = plan.Control with { CheckInDay = day, CheckInTime = clock } });
        await schedule.SyncAsync(turn, state, cancellationToken);
        Log.CheckInsChanged(logger, "moved to a new slot");
        var checkIns = TurnState.Of(state).CheckIns;
        var slot = checkIns.Slot ?? schedule.EffectiveSlot(state, turn.Activity);
        Reply(turn, language, Texts.Format(
            language, CheckInText.SlotSaved, slot.Day, slot.Time, BidiMarks.KeepLeftToRight(slot.ZoneId),
            ScheduleSync.Describe(language, checkIns.NextSlotUtc, checkIns.Slot)));
    }

    private async Task ChangeZoneAsync(
        TurnContext turn, StateSet state, string argument, Language language, CancellationToken cancellationToken)
    {
        if (argument.Length == 0)
        {
            TurnState.Of(state).UpdateCheckIns(c => c with { Awaiting = CheckInPrompt.TimeZone });
            Reply(turn, language, Texts.Format(
                language, CheckInText.AskZone, BidiMarks.KeepLeftToRight(schedule.EffectiveSlot(state, turn.Activity).ZoneId)));
            return;
        }

        if (!TimeZones.TryRead(argument, out var zoneId))
        {
            Reply(turn, language, Texts.Get(language, CheckInText.ZoneUnknown));
            return;
        }

        var typed = TurnState.Of(state);
        typed.UpdatePlan(plan => plan with { Control = plan.Control with { TimeZoneId = zoneId } });
        typed.UpdateProfile(profile => profile with { TimeZoneId = zoneId, TimeZoneConfirmed = true });
        await schedule.SyncAsync(turn, state, cancellationToken);
        Log.CheckInsChanged(logger, "moved to another time zone");
        var checkIns = typed.CheckIns;
        Reply(turn, language, Texts.Format(
            language, CheckInText.ZoneSaved, BidiMarks.KeepLeftToRight(zoneId), ScheduleSync.Describe(language, checkIns.NextSlotUtc, checkIns.Slot)));
    }

    private async Task ShowProgressAsync(TurnContext turn, StateSet state, Language language, CancellationToken cancellationToken)
    {
        var plan = TurnState.Of(state).Plan;
        var week = IsoWeek.TryParse(TurnState.Of(state).CheckIns.LastReportedWeek, out var reported) ? reported : CurrentWeek(state, turn.Activity);
        var records = await history.GetRangeAsync(state.Scope, plan.Id, week.AddWeeks(1 - KpiStandings.ChartWeeks), week, cancellationToken);
        if (records.Count == 0)
        {
            Reply(turn, language, Texts.Get(language, CheckInText.NoHistory));
            return;
        }

        var record = records.LastOrDefault(r => r.Week == week);
        turn.Send(CheckInMessages.Card(ProgressCard.Build(plan, week, record, KpiStandings.Evaluate(plan, records, week), language)));
    }

    private IsoWeek CurrentWeek(StateSet state, Activity activity) =>
        ReportingWeek.At(schedule.EffectiveSlot(state, activity).ToLocal(time.GetUtcNow()));

    private static void Reply(TurnContext turn, Language language, string text) =>
        turn.Send(CheckInMessages.Text(language, text));
}
