using System.Text.Json.Nodes;
using StrategyBot.App.CheckIns;
using StrategyBot.App.Localization;
using StrategyBot.Domain.CheckIns;
using StrategyBot.Domain.Kpis;

namespace StrategyBot.App.Cards;

/// <summary>
/// The weekly check-in card: one number input per raw number the plan's KPIs need (at most eight), each with last
/// week's value, then Send, Snooze (1 hour, this evening, tomorrow), Skip (with an optional reason) and Pause. Every
/// action's data names the week, so a late answer is filed under the week it was asked for. Pure: no I/O.
/// </summary>
internal static class CheckInCard
{
    public const string Action = "checkin";
    public const string SnoozeAction = "checkinSnooze";
    public const string SkipAction = "checkinSkip";
    public const string PauseAction = "checkinPause";
    public const string WeekField = "week";
    public const string UntilField = "until";
    public const string ReasonField = "reason";

    public static JsonObject Build(IReadOnlyList<WeeklyInput> inputs, IsoWeek week, WeeklyNumbers? lastWeek, Language language)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var weekText = CheckInFormat.Week(language, week);
        var filler = new CardFiller(CardTemplates.Get(CardTemplates.CheckInRequest))
            .SetText("title", Texts.Format(language, CheckInText.CardTitle, weekText))
            .SetText("intro", Texts.Get(language, CheckInText.CardIntro))
            .SetLabel("reason", Texts.Get(language, CheckInText.SkipReasonLabel))
            .SetText("typeHint", Texts.Get(language, CheckInText.TypeHint));
        filler.Repeat("numberInput", inputs.Take(CheckInInputs.MaxInputs), (row, input, _) =>
        {
            var name = CheckInInputs.Name(language, input);
            var previous = lastWeek?.Get(input);
            row.SetLabel("numberInput", previous is { } value
                ? Texts.Format(language, CheckInText.InputWithLastWeek, name, LocalFormat.Number(language, value))
                : name);
            row.SetId("numberInput", CheckInInputs.Id(input));
        });

        var data = new JsonObject { [CardActions.ActionField] = Action, [WeekField] = week.ToString() };
        filler.SetTitle("submit", Texts.Get(language, CheckInText.SubmitButton)).SetData("submit", data)
            .SetTitle("snooze", Texts.Get(language, CheckInText.SnoozeButton))
            .SetTitle("skip", Texts.Get(language, CheckInText.SkipButton))
            .SetData("skip", new JsonObject { [CardActions.ActionField] = SkipAction, [WeekField] = week.ToString() })
            .SetTitle("pause", Texts.Get(language, CheckInText.PauseButton))
            .SetData("pause", new JsonObject { [CardActions.ActionField] = PauseAction, [WeekField] = week.ToString() });
        SetSnooze(filler, "snoozeHour", CheckInText.SnoozeHour, "1h", week, language);
        SetSnooze(filler, "snoozeEvening", CheckInText.SnoozeEvening, "evening", week, language);
        SetSnooze(filler, "snoozeTomorrow", CheckInText.SnoozeTomorrow, "tomorrow", week, language);
        return filler.Finish(language, Texts.Format(language, CheckInText.CardFallback, weekText));
    }

    private static void SetSnooze(CardFiller filler, string id, CheckInText title, string until, IsoWeek week, Language language) =>
        filler.SetTitle(id, Texts.Get(language, title)).SetData(id, new JsonObject
        {
            [CardActions.ActionField] = SnoozeAction,
            [UntilField] = until,
            [WeekField] = week.ToString(),
        });
}
