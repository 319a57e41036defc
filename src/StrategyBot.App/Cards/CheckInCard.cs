using System.Text.Json.Nodes;
using StrategyBot.App.CheckIns;
using StrategyBot.App.Localization;
using StrategyBot.Domain.CheckIns;
using StrategyBot.Domain.Kpis;

namespace StrategyBot.App.Cards;

/// <summary>
/// The weekly check-in card: one number input per raw number the plan's KPIs need, per platform ("Instagram
/// followers", "Telegram followers"; sales once), each with last week's value. The first eight show; the rest wait
/// behind "More numbers" (Action.ToggleVisibility, so they stay in the same card and are sent with the same Send).
/// Then Send, Snooze (1 hour, this evening, tomorrow), Skip (with an optional reason) and Pause. Every action's data
/// names the week, so a late answer is filed under the week it was asked for. Pure: no I/O.
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

    public static JsonObject Build(IReadOnlyList<PlatformInput> inputs, IsoWeek week, WeeklyNumbers? lastWeek, Language language)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var weekText = CheckInFormat.Week(language, week);
        var filler = new CardFiller(CardTemplates.Get(CardTemplates.CheckInRequest))
            .SetText("title", Texts.Format(language, CheckInText.CardTitle, weekText))
            .SetText("intro", Texts.Get(language, CheckInText.CardIntro))
            .SetLabel("reason", Texts.Get(language, CheckInText.SkipReasonLabel))
            .SetText("typeHint", Texts.Get(language, CheckInText.TypeHint));
        var shown = inputs.Take(CheckInInputs.MaxInputs).ToList();
        var more = inputs.Skip(CheckInInputs.MaxInputs).Take(CheckInInputs.MaxTracked - CheckInInputs.MaxInputs).ToList();
        filler.Repeat("numberInput", shown, (row, input, _) => FillInput(row, "numberInput", input, lastWeek, language));
        if (more.Count == 0)
        {
            filler.Remove("moreToggle").Remove("moreNumbers");
        }
        else
        {
            filler.SetTitle("more", Texts.Format(language, CheckInText.MoreNumbers, more.Count))
                .Repeat("moreInput", more, (row, input, _) => FillInput(row, "moreInput", input, lastWeek, language));
        }

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

    private static void FillInput(CardFiller row, string id, PlatformInput input, WeeklyNumbers? lastWeek, Language language)
    {
        var name = CheckInInputs.Name(language, input);
        var previous = lastWeek?.On(input.Platform).Get(input.Input);
        row.SetLabel(id, previous is { } value
            ? Texts.Format(language, CheckInText.InputWithLastWeek, name, LocalFormat.Number(language, value))
            : name);
        row.SetId(id, CheckInInputs.Id(input));
    }

    private static void SetSnooze(CardFiller filler, string id, CheckInText title, string until, IsoWeek week, Language language) =>
        filler.SetTitle(id, Texts.Get(language, title)).SetData(id, new JsonObject
        {
            [CardActions.ActionField] = SnoozeAction,
            [UntilField] = until,
            [WeekField] = week.ToString(),
        });
}
