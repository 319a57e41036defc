using StrategyBot.App.Conversation;
using StrategyBot.App.Localization;
using StrategyBot.BotFramework.Dialogs;
using StrategyBot.BotFramework.Dialogs.Prompts;
using StrategyBot.Domain.Text;

namespace StrategyBot.App.Interview.Objectives;

/// <summary>
/// The C of SOSTAC: for each objective, KPIs from the library (those that fit it first; a card or typing), each shown
/// with its formula and denominator and given a target and a deadline (the objective's by default); then the weekly
/// check-in slot (Monday 09:00 by default) in the user's time zone, taken from Teams and confirmed once; then what
/// to A/B test. Every answer goes into plan.Control in the turn it is given.
/// </summary>
internal sealed partial class ControlDialog : ComponentDialog
{
    public const string DialogId = "control";

    private const string StepsId = "control.steps";
    private const string KpiPromptId = "control.kpis";
    private const string TargetPromptId = "control.target";
    private const string DatePromptId = "control.date";
    private const string ConfirmPromptId = "control.confirm";
    private const string ZonePromptId = "control.zone";
    private const string SlotPromptId = "control.slot";
    private const string TextPromptId = "control.text";
    private const string ObjectiveIndexKey = "objective";
    private const string KpisKey = "kpis";
    private const string KpiIndexKey = "kpi";

    private readonly TimeProvider _time;
    private readonly ILogger _logger;

    public ControlDialog(TimeProvider time, ILogger logger)
        : base(DialogId)
    {
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(logger);
        _time = time;
        _logger = logger;
        AddDialog(new WaterfallDialog(StepsId,
        [
            new WaterfallStep("start", StartAsync),
            new WaterfallStep("pickKpis", PickKpisAsync),
            new WaterfallStep("applyKpis", ApplyKpisAsync),
            new WaterfallStep("kpiTarget", KpiTargetAsync),
            new WaterfallStep("applyKpiTarget", ApplyKpiTargetAsync),
            new WaterfallStep("kpiDeadline", KpiDeadlineAsync),
            new WaterfallStep("applyKpiDeadline", ApplyKpiDeadlineAsync),
            new WaterfallStep("confirmZone", ConfirmZoneAsync),
            new WaterfallStep("applyZoneConfirm", ApplyZoneConfirmAsync),
            new WaterfallStep("askZone", AskZoneAsync),
            new WaterfallStep("applyZone", ApplyZoneAsync),
            new WaterfallStep("slot", SlotAsync),
            new WaterfallStep("applySlot", ApplySlotAsync),
            new WaterfallStep("abTest", AbTestAsync),
            new WaterfallStep("done", DoneAsync),
        ]));
        AddDialog(new TextPrompt(KpiPromptId, (c, ct) => Task.FromResult(
            c.Recognized.Succeeded && KpiChoices.TryRead(c.Recognized.Value, [.. c.Options.Choices.Select(x => x.Value)], out _))));
        AddDialog(new TextPrompt(TargetPromptId, (c, ct) => Task.FromResult(
            c.Recognized.Succeeded && QuantityParser.FindAll(c.Recognized.Value!) is [{ Quantity.Kind: not QuantityKind.Multiplier }, ..])));
        AddDialog(new DatePrompt(DatePromptId, time, extraRecognizer: JalaliDateRecognizer.Recognize));
        AddDialog(new ConfirmPrompt(ConfirmPromptId));
        AddDialog(new TextPrompt(ZonePromptId, (c, ct) => Task.FromResult(c.Recognized.Succeeded && TimeZones.TryRead(c.Recognized.Value, out _))));
        AddDialog(new TextPrompt(SlotPromptId, (c, ct) => Task.FromResult(
            c.Recognized.Succeeded && (IsChangeZone(c.Recognized.Value!) || CheckInSlot.TryRead(c.Recognized.Value, out _, out _)))));
        AddDialog(new TextPrompt(TextPromptId));
    }

    private static async Task<DialogTurnResult> StartAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Reason == WaterfallStepReason.Back)
        {
            return await step.GoToStepAsync("pickKpis", cancellationToken);
        }

        var language = InterviewTurn.Language(step.Context);
        var plan = StateDocuments.LoadPlan(step.State);
        if (plan.Objectives.Count == 0)
        {
            InterviewTurn.Say(step.Context, language, ObjectiveTexts.Get(language, ObjectiveText.ControlNoObjectives));
            return await step.GoToStepAsync("confirmZone", cancellationToken);
        }

        InterviewTurn.Say(step.Context, language, ObjectiveTexts.Get(language, ObjectiveText.ControlIntro));
        step.Values[ObjectiveIndexKey] = 0;
        return await step.NextAsync(null, cancellationToken);
    }
}
