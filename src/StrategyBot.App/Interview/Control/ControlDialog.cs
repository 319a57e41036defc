using StrategyBot.App.CheckIns;
using StrategyBot.App.Conversation;
using StrategyBot.App.Interview.Objectives;
using StrategyBot.App.Localization;
using StrategyBot.BotFramework.Dialogs.Prompts;
using StrategyBot.Domain.Planning;
using StrategyBot.Domain.Text;

namespace StrategyBot.App.Interview.Control;

/// <summary>
/// The C of SOSTAC, asked top to bottom: for each objective, KPIs from the library (those that fit it first), each
/// shown with its formula and given a target and a deadline (the objective's by default); then the weekly check-in
/// slot (the configured default, <c>CheckIns:DefaultDayOfWeek</c> and <c>DefaultLocalTime</c>) in the user's time
/// zone, taken from Teams and confirmed once; then what to A/B test. Every answer goes into plan.Control at once.
/// </summary>
internal sealed partial class ControlDialog : InterviewStepDialog
{
    public const string DialogId = InterviewSteps.Control;

    private const string KpiPromptId = "control.kpis";
    private const string TargetPromptId = "control.target";
    private const string DatePromptId = "control.date";
    private const string ConfirmPromptId = "control.confirm";
    private const string ZonePromptId = "control.zone";
    private const string SlotPromptId = "control.slot";
    private const string TextPromptId = "control.text";
    private static readonly QuestionLoop PerObjective = new("objective", plan => plan.Objectives.Count);

    public ControlDialog(TimeProvider time, ILogger logger, CheckInOptions checkIns)
        : base(DialogId, SostacStep.Control, Questions(time, logger, checkIns), time, Opening)
    {
        ArgumentNullException.ThrowIfNull(logger);
        AddDialog(new TextPrompt(KpiPromptId, (c, ct) => Task.FromResult(
            c.Recognized.Succeeded && KpiChoices.TryRead(c.Recognized.Value, [.. c.Options.Choices.Select(x => x.Value)], out _))));
        AddDialog(new TextPrompt(TargetPromptId, (c, ct) => Task.FromResult(NumberAnswer.Settle(
            c, c.Recognized.Succeeded && QuantityParser.FindAll(c.Recognized.Value!) is [{ Quantity.Kind: not QuantityKind.Multiplier }, ..]))));
        AddDialog(new DatePrompt(DatePromptId, time, extraRecognizer: JalaliDateRecognizer.Recognize));
        AddDialog(new ConfirmPrompt(ConfirmPromptId));
        AddDialog(new TextPrompt(ZonePromptId, (c, ct) => Task.FromResult(c.Recognized.Succeeded && TimeZones.TryRead(c.Recognized.Value, out _))));
        AddDialog(new TextPrompt(SlotPromptId, (c, ct) => Task.FromResult(
            c.Recognized.Succeeded && (CheckInZone.IsChangeRequest(c.Recognized.Value!) || CheckInSlot.TryRead(c.Recognized.Value, out _, out _)))));
        AddDialog(new TextPrompt(TextPromptId));
    }

    private static List<InterviewQuestion> Questions(TimeProvider time, ILogger logger, CheckInOptions offered) =>
    [
        // For each objective: which KPIs track it (the memo keeps them), then each KPI's target and deadline.
        // "keep" at the KPI card keeps the objective's KPIs and their targets as they are.
        new InterviewQuestion("kpis", AskKpis)
        {
            Loop = PerObjective,
            Shown = KpisShown,
            Save = (s, answer) => RememberKpis(s, (string)answer),
            Next = (s, answer) => answer.Kept ? AfterObjective(s) : null,
        },
        new InterviewQuestion("target", AskTarget)
        {
            Loop = PerObjective,
            Auto = s => CurrentKpi(s) is null ? QuestionAnswer.Skip : null,
            Shown = s => CurrentTarget(s) is { } target ? KpiFormulas.Value(s.Language, CurrentKpi(s)!, target.Target) : null,
            Save = (s, answer) => SaveTarget(s, (string)answer, logger),
            Next = (s, answer) => answer.Skipped ? new QuestionRoute("kpis", s.Item) : null,
        },
        new InterviewQuestion("deadline", (s, _) => AskDeadline(s))
        {
            Loop = PerObjective,
            Auto = s => CurrentTarget(s) is null ? QuestionAnswer.Skip : null,
            Shown = s => CurrentTarget(s) is { Deadline: var deadline } && deadline != default ? LocalFormat.Date(s.Language, deadline) : null,
            Save = (s, answer) => SaveDeadline(s, (DateOnly)answer),
            Next = AfterDeadline,
        },

        // The weekly check-in: the zone Teams names, confirmed once (or typed), then the slot, then the A/B test.
        new InterviewQuestion("confirmZone", (s, _) => AskConfirmZone(s, time))
        {
            Auto = s => KnownZone(s, logger),
            Save = (s, answer) => ConfirmTeamsZone(s, (bool)answer),
            Next = (s, _) => CheckInZone.IsConfirmed(s) ? new QuestionRoute("slot", 0) : null,
        },
        new InterviewQuestion("zone", (s, _) => AskZone(s))
        {
            Shown = s => CheckInZone.IsConfirmed(s) ? CheckInZone.FromTeams(s) : null,
            Save = (s, answer) => SaveTypedZone(s, (string)answer),
        },
        new InterviewQuestion("slot", (s, _) => AskSlot(s, offered))
        {
            Shown = s => s.Plan.Control is { CheckInDay: { } day, CheckInTime: { } at } ? LocalFormat.Weekday(s.Language, day) + " " + LocalFormat.Time(s.Language, at) : null,
            Save = (s, answer) => SaveSlot(s, (string)answer, offered, logger),
            Next = (_, answer) => answer.Value is string text && CheckInZone.IsChangeRequest(text) ? new QuestionRoute("zone", 0) : null,
        },
        new InterviewQuestion("abTest", (s, _) => AskAbTest(s))
        {
            Shown = s => s.Plan.Control.AbTestIdea,
            Save = (s, answer) => s.UpdateControl(c => c with { AbTestIdea = (string)answer }),
            Next = (s, _) => Done(s, offered),
        },
    ];

    private static void Opening(QuestionScope scope) =>
        scope.Say(Texts.Get(scope.Language, IsOneObjective(scope) ? ObjectiveText.ControlOneObjective
            : scope.Plan.Objectives.Count == 0 ? ObjectiveText.ControlNoObjectives
            : ObjectiveText.ControlIntro));

    private static QuestionRoute Done(QuestionScope scope, CheckInOptions offered)
    {
        var control = scope.Plan.Control;
        scope.Say(Texts.Format(
            scope.Language, ObjectiveText.ControlDone, control.KpiTargets.Count, control.CheckInDay ?? offered.DefaultDayOfWeek, control.CheckInTime ?? offered.DefaultTime));
        return QuestionRoute.End;
    }
}
