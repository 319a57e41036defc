using System.Text.Json;
using System.Text.Json.Nodes;
using StrategyBot.App.Cards;
using StrategyBot.App.Conversation;
using StrategyBot.App.Interview.Objectives;
using StrategyBot.App.Localization;
using StrategyBot.BotFramework.Protocol;
using StrategyBot.BotFramework.State;
using StrategyBot.Domain.CheckIns;
using StrategyBot.Domain.Kpis;

namespace StrategyBot.App.CheckIns;

/// <summary>
/// The check-ins' part of a turn, called by the turn pipeline on the turn's loaded state: the commands ("check in
/// now", "show my progress", "pause/resume check-ins", "change check-in time", "time zone …", in English and
/// Persian), the check-in card's submits, and a typed numbers reply while a check-in waits for one. Everything it
/// changes in the user's scope goes into the turn's one save; the week's record goes to the CheckIns table, keyed by
/// the scope the pipeline built from the authenticated activity (never from card data).
/// </summary>
internal sealed partial class CheckInTurnHandler(
    ICheckInHistory history,
    ScheduleSync schedule,
    CheckInRules rules,
    CheckInCommandRunner commands,
    TimeProvider time,
    ILogger<CheckInTurnHandler> logger)
{
    /// <summary>Handles the turn if it is for the check-ins; false leaves it to the interview.</summary>
    public async Task<bool> TryHandleAsync(TurnContext turn, StateSet state, Language language, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(state);
        if (turn.Activity.Type != ActivityTypes.Message)
        {
            return false;
        }

        // Read here, changed where a change is made (TurnState.UpdateCheckIns): the turn's one save stores it.
        var checkIns = TurnState.Of(state).CheckIns;
        return turn.Activity.Value is JsonObject value
            ? await TryHandleSubmitAsync(turn, state, checkIns, value, language, cancellationToken)
            : await TryHandleTextAsync(turn, state, checkIns, turn.Activity.GetTextWithoutRecipientMention(), language, cancellationToken);
    }

    /// <summary>
    /// Call once per turn, after routing and before the save, for every activity type: starts, moves or stops the
    /// schedule when the plan's KPIs or slot changed. Costs a storage call only when the next wake-up moved earlier.
    /// </summary>
    public async Task SyncScheduleAsync(TurnContext turn, StateSet state, Language language, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(state);

        // Until the plan has KPIs there is nothing to schedule, and a user who never had a schedule needs no document:
        // most interview turns come before Control, and this spares each of them a parse and a serialisation.
        if (state.Find(CheckInDocuments.Name)?.Exists != true && CheckInInputs.PlanKpis(TurnState.Of(state).Plan).Count == 0)
        {
            return;
        }

        if (await schedule.SyncAsync(turn, state, cancellationToken) && turn.Activity.Type == ActivityTypes.Message)
        {
            var checkIns = TurnState.Of(state).CheckIns;
            var zone = checkIns.Slot!.ZoneId;
            turn.SendText(BidiMarks.StartRightToLeft(language, Texts.Format(
                language, CheckInText.ScheduleStarted, ScheduleSync.Describe(language, checkIns.NextSlotUtc, checkIns.Slot), BidiMarks.KeepLeftToRight(zone))));
        }
    }

    private async Task<bool> TryHandleSubmitAsync(
        TurnContext turn, StateSet state, CheckInState checkIns, JsonObject value, Language language, CancellationToken cancellationToken)
    {
        var action = value[CardActions.ActionField] is JsonValue field && field.GetValueKind() == JsonValueKind.String ? (string?)field : null;

        // The card that was clicked: a submit names it in replyToId, whether the scheduler sent it or a turn replied with it.
        var cardId = turn.Activity.ReplyToId;
        switch (action)
        {
            case CheckInCard.Action:
                await SubmitNumbersAsync(turn, state, checkIns, value, cardId, language, cancellationToken);
                return true;
            case CheckInCard.SnoozeAction:
                await SnoozeAsync(turn, state, checkIns, value, cardId, language, cancellationToken);
                return true;
            case CheckInCard.SkipAction:
                await SkipAsync(
                    turn, state, WeekFrom(value, checkIns), StringField(value, CheckInCard.ReasonField), cardId, language, cancellationToken);
                return true;
            case CheckInCard.PauseAction:
                var week = WeekFrom(value, checkIns) ?? CurrentWeek(state, turn);
                CheckInCommandRunner.Pause(turn, state, language);
                ReplaceCard(turn, cardId, week, Texts.Get(language, CheckInText.AnsweredPaused), positive: false, language);
                return true;
            default:
                return false;
        }
    }

    private async Task<bool> TryHandleTextAsync(
        TurnContext turn, StateSet state, CheckInState checkIns, string? text, Language language, CancellationToken cancellationToken)
    {
        if (CheckInCommand.TryRead(text) is { } command)
        {
            TurnState.Of(state).UpdateCheckIns(c => c with { Awaiting = null });
            await commands.RunAsync(turn, state, command, language, cancellationToken);
            return true;
        }

        if (checkIns.Awaiting is { } awaiting)
        {
            // Asked once: answered or not, the question lapses, and a message that is no answer goes to whoever else wants it.
            TurnState.Of(state).UpdateCheckIns(c => c with { Awaiting = null });
            var answered = awaiting == CheckInPrompt.Slot
                ? CheckInSlot.TryRead(text, out _, out _)
                : TimeZones.TryRead(text, out _);
            if (answered)
            {
                await commands.RunAsync(
                    turn, state,
                    new CheckInCommand(awaiting == CheckInPrompt.Slot ? CheckInCommandKind.ChangeTime : CheckInCommandKind.TimeZone, text!),
                    language, cancellationToken);
                return true;
            }

            return false;
        }

        if (checkIns.Pending is { } pending && IsoWeek.TryParse(pending.Week, out var week)
            && WeeklyNumbersParser.TryParse(text, out var numbers))
        {
            // Typed numbers answer the open card too: it is replaced like a submitted one (a card a turn replied with
            // has no stored id, so only the scheduler's card is).
            await StoreNumbersAsync(turn, state, checkIns, week, numbers, "typed reply", pending.ActivityId, language, cancellationToken);
            return true;
        }

        return false;
    }

    private static IsoWeek? WeekFrom(JsonObject value, CheckInState checkIns) =>
        IsoWeek.TryParse(StringField(value, CheckInCard.WeekField), out var week) ? week
        : IsoWeek.TryParse(checkIns.Pending?.Week, out var pending) ? pending
        : null;

    private static string? StringField(JsonObject value, string name) =>
        value[name] is JsonValue field && field.GetValueKind() == JsonValueKind.String ? (string?)field : null;

    private static void Reply(TurnContext turn, Language language, string text) =>
        turn.Send(CheckInMessages.Text(language, text));
}
