using System.Text.Json;
using System.Text.Json.Nodes;
using StrategyBot.App.Cards;
using StrategyBot.App.Conversation;
using StrategyBot.App.Localization;
using StrategyBot.BotFramework.Protocol;
using StrategyBot.BotFramework.State;
using StrategyBot.Domain.CheckIns;
using StrategyBot.Domain.Kpis;

namespace StrategyBot.App.CheckIns;

internal sealed partial class CheckInTurnHandler
{
    /// <summary>Anything above this is a typo (or an attack on the chart's scale), not a week of social media.</summary>
    public const decimal MaxNumber = 1_000_000_000_000m;

    /// <summary>An identical submit within this window is the same click arriving twice (Teams retries, double clicks).</summary>
    private static readonly TimeSpan DoubleSubmitWindow = TimeSpan.FromMinutes(2);

    /// <summary>A skip reason is kept (and shown) up to this length.</summary>
    private const int MaxReasonLength = 200;

    /// <summary>How far back a card may still file numbers: the chart's eight weeks.</summary>
    private const int OldestWritableWeeks = KpiStandings.ChartWeeks;

    private async Task SubmitNumbersAsync(
        TurnContext turn, StateSet state, CheckInState checkIns, JsonObject value, string? cardId, Language language,
        CancellationToken cancellationToken)
    {
        var week = WeekFrom(value, checkIns) ?? CurrentWeek(state, turn);
        var numbers = new WeeklyNumbers();
        var invalid = new List<string>();
        foreach (var input in Enum.GetValues<WeeklyInput>())
        {
            // Card values may arrive as strings or numbers (docs/bot-protocol.md#card-submit-values): parse both, in any digit set.
            var node = value[CheckInInputs.Id(input)];
            var text = node is JsonValue json ? (json.GetValueKind() == JsonValueKind.Number ? json.ToJsonString() : (string?)json) : null;
            if (string.IsNullOrWhiteSpace(text))
            {
                continue;
            }

            if (CheckInInputs.TryParseNumber(text, out var number) && number is >= 0 and <= MaxNumber)
            {
                numbers = numbers.With(input, number);
            }
            else
            {
                invalid.Add(CheckInInputs.Name(language, input));
            }
        }

        if (invalid.Count > 0)
        {
            Reply(turn, language, Texts.Format(language, CheckInText.InvalidNumber, string.Join(", ", invalid)));
            return;
        }

        await StoreNumbersAsync(turn, state, checkIns, week, numbers, "card", cardId, language, cancellationToken);
    }

    private async Task StoreNumbersAsync(
        TurnContext turn, StateSet state, CheckInState checkIns, IsoWeek week, WeeklyNumbers numbers, string source, string? cardId,
        Language language, CancellationToken cancellationToken)
    {
        if (numbers.IsEmpty())
        {
            Reply(turn, language, Texts.Get(language, CheckInText.NoNumbers));
            return;
        }

        if (!IsWritable(week, state, turn))
        {
            Reply(turn, language, Texts.Get(language, CheckInText.WeekOutOfRange));
            return;
        }

        var now = time.GetUtcNow();
        var fingerprint = week + ":" + JsonSerializer.Serialize(numbers, CheckInJsonContext.Default.WeeklyNumbers);
        if (checkIns.LastReportFingerprint == fingerprint && checkIns.LastReportedAt is { } last && now - last < DoubleSubmitWindow)
        {
            Log.CheckInDoubleSubmit(logger, week);
            return;
        }

        var plan = TurnState.Of(state).Plan;
        var record = new CheckInRecord { PlanId = plan.Id, Week = week, Numbers = numbers, SubmittedAt = now };
        await history.SaveAsync(state.Scope, record, cancellationToken);
        Log.CheckInStored(logger, week, source);
        TurnState.Of(state).UpdateCheckIns(c =>
        {
            var reported = CheckInRules.ApplyReported(c, week, now) with { LastReportFingerprint = fingerprint };
            return c.LastNumbersWeek is null || string.CompareOrdinal(week.ToString(), c.LastNumbersWeek) >= 0
                ? reported with { LastNumbers = numbers, LastNumbersWeek = week.ToString() }
                : reported;
        });

        var records = await history.GetRangeAsync(state.Scope, plan.Id, week.AddWeeks(1 - KpiStandings.ChartWeeks), week, cancellationToken);
        var progress = KpiStandings.Evaluate(plan, records, week);
        ReplaceCard(turn, cardId, week, Texts.Get(language, CheckInText.AnsweredReceived), positive: true, language);
        turn.Send(CheckInMessages.Card(ProgressCard.Build(plan, week, record, progress, language)));
    }

    private async Task SkipAsync(
        TurnContext turn, StateSet state, IsoWeek? requested, string? reason, string? cardId, Language language,
        CancellationToken cancellationToken)
    {
        var week = requested ?? CurrentWeek(state, turn);
        if (!IsWritable(week, state, turn))
        {
            Reply(turn, language, Texts.Get(language, CheckInText.WeekOutOfRange));
            return;
        }

        var now = time.GetUtcNow();
        var plan = TurnState.Of(state).Plan;
        var trimmed = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim()[..Math.Min(reason.Trim().Length, MaxReasonLength)];
        await history.SaveAsync(state.Scope, new CheckInRecord { PlanId = plan.Id, Week = week, Skipped = true, SkipReason = trimmed, SubmittedAt = now }, cancellationToken);
        Log.CheckInStored(logger, week, "skip");
        var checkIns = TurnState.Of(state).UpdateCheckIns(c => CheckInRules.ApplyReported(c, week, now) with { LastReportFingerprint = null });
        ReplaceCard(turn, cardId, week, trimmed is null
            ? Texts.Get(language, CheckInText.AnsweredSkipped)
            : Texts.Format(language, CheckInText.AnsweredSkippedWithReason, CardText.Escape(trimmed, MaxReasonLength)), positive: false, language);
        Reply(turn, language, Texts.Format(
            language, CheckInText.Skipped, CheckInFormat.Week(language, week), ScheduleSync.Describe(language, checkIns.NextSlotUtc, checkIns.Slot)));
    }

    private async Task SnoozeAsync(
        TurnContext turn, StateSet state, CheckInState checkIns, JsonObject value, string? cardId, Language language,
        CancellationToken cancellationToken)
    {
        var week = WeekFrom(value, checkIns) ?? CurrentWeek(state, turn);
        var slot = checkIns.Slot ?? schedule.EffectiveSlot(state, turn.Activity);
        var now = time.GetUtcNow();
        var until = SnoozeUntil(StringField(value, CheckInCard.UntilField), slot, now);
        var snoozed = TurnState.Of(state).UpdateCheckIns(c =>
        {
            var requested = c.Pending is null || c.Pending.Week != week.ToString() ? rules.ApplyRequested(c, week, now) : c;
            return requested with { Pending = requested.Pending! with { SnoozedUntilUtc = until, Touched = true } };
        });
        if (!snoozed.IsPaused && snoozed.Slot is not null)
        {
            await schedule.IndexAsync(state, cancellationToken);
        }

        var moment = CheckInFormat.Moment(language, until, slot);
        ReplaceCard(turn, cardId, week, Texts.Format(language, CheckInText.AnsweredSnoozed, moment), positive: false, language);
        Reply(turn, language, Texts.Format(language, CheckInText.Snoozed, moment));
    }

    /// <summary>"1h", "evening" or "tomorrow", as the domain schedule defines them.</summary>
    internal static DateTimeOffset SnoozeUntil(string? until, WeeklySlot slot, DateTimeOffset now) =>
        until?.Trim().ToLowerInvariant() switch
        {
            "evening" => slot.ToSchedule().ThisEvening(now),
            "tomorrow" => slot.ToSchedule().TomorrowAtSlot(now),
            _ => CheckInSchedule.SnoozeOneHour(now),
        };

    private IsoWeek CurrentWeek(StateSet state, TurnContext turn) =>
        ReportingWeek.At(schedule.EffectiveSlot(state, turn.Activity).ToLocal(time.GetUtcNow()));

    // Card data is user-controlled: a crafted week far in the past or future must not write arbitrary rows.
    private bool IsWritable(IsoWeek week, StateSet state, TurnContext turn)
    {
        var local = schedule.EffectiveSlot(state, turn.Activity).ToLocal(time.GetUtcNow());
        var thisWeek = IsoWeek.FromDate(DateOnly.FromDateTime(local));
        return week <= thisWeek && week > thisWeek.AddWeeks(-OldestWritableWeeks);
    }
}
