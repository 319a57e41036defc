using System.Text.Json.Nodes;
using StrategyBot.BotFramework.Dialogs;
using StrategyBot.BotFramework.Dialogs.Prompts;
using StrategyBot.Domain.Planning;
using StrategyBot.Domain.Smart;

namespace StrategyBot.App.Interview.Objectives;

/// <summary>
/// Takes one objective through the SMART check and asks only for what is missing, as a table of named questions
/// run by <see cref="QuestionFlow"/> like every step. First come the questions Measurable and Time-bound need (the
/// objective is saved to the plan the moment they are answered), then the coaching for Attainable and Relevant,
/// where the user may keep the objective as it is ("keep it anyway", or skip). After each answer the objective is
/// checked again and the walk goes on from the top, passing over every question whose criterion passes now
/// (<see cref="SmartWalk"/>). Begin it with <see cref="Options"/>: the objective's line is the first answer.
/// </summary>
internal sealed partial class SmartObjectiveDialog : ComponentDialog
{
    public const string DialogId = "smartObjective";

    private const string OutcomePromptId = "smartObjective.outcome";
    private const string PlatformPromptId = "smartObjective.platform";
    private const string NumberPromptId = "smartObjective.number";
    private const string TargetPromptId = "smartObjective.target";
    private const string DatePromptId = "smartObjective.date";
    private const string TextPromptId = "smartObjective.text";
    private const string ChoicePromptId = "smartObjective.choice";

    private readonly QuestionFlow _flow;

    public SmartObjectiveDialog(TimeProvider time, ILogger logger)
        : base(DialogId)
    {
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(logger);
        _flow = new QuestionFlow(DialogId, SostacStep.Objectives, Questions(logger), time);
        AddDialog(_flow.CreateWaterfall());
        AddDialog(new TextPrompt(OutcomePromptId, (c, ct) => Task.FromResult(c.Recognized.Succeeded && MetricIn(c.Recognized.Value!, DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime)) is not null)));
        AddDialog(new TextPrompt(PlatformPromptId, (c, ct) => Task.FromResult(c.Recognized.Succeeded && Platforms.FindAll(c.Recognized.Value!).Count > 0)));
        AddDialog(new NumberPrompt(NumberPromptId, (c, ct) => Task.FromResult(NumberAnswer.Settle(c, c.Recognized.Succeeded)), NumberAnswer.TryRead));
        AddDialog(new TextPrompt(TargetPromptId, (c, ct) => Task.FromResult(
            NumberAnswer.Settle(c, c.Recognized.Succeeded && TargetAnswer.TryRead(c.Recognized.Value, null, out _, out _, out _)))));
        AddDialog(new DatePrompt(DatePromptId, time, extraRecognizer: JalaliDateRecognizer.Recognize));
        AddDialog(new TextPrompt(TextPromptId));
        AddDialog(new ChoicePrompt(ChoicePromptId));
    }

    /// <summary>
    /// The options to begin this dialog with: the objective's line, the goal family picked for it, if any, and the id
    /// of the objective it rewrites, if any (it then keeps that objective's place and KPIs once saved).
    /// </summary>
    public static JsonObject Options(string text, GoalFamily? family, string? replaces = null) =>
        new StepDialogOptions(StepDialogOptions.RunMode)
        {
            Answer = text,
            Memo = new JsonObject { [SmartWalk.FamilyMemo] = family?.ToString(), [SmartWalk.ReplacesMemo] = replaces },
        }.ToJson();

    /// <summary>"Back" steps through the questions this objective was asked; before the first, it is the dialog underneath's.</summary>
    public override bool CanGoBack(DialogContext dc, DialogInstance instance) =>
        InterviewStepDialog.FlowValues(instance) is { } values && QuestionFlow.CanStepBack(values) && base.CanGoBack(dc, instance);

    /// <summary>"keep" here means what it means at every question (<see cref="QuestionKeep"/>): at the coaching, keep the objective as it is.</summary>
    protected override Task<DialogTurnResult?> OnInterruptAsync(DialogContext innerDc, CancellationToken cancellationToken) =>
        QuestionKeep.TryAsync(_flow, innerDc, cancellationToken);

    private static List<InterviewQuestion> Questions(ILogger logger) =>
    [
        // The objective in one line: given up front by the Objectives step or quick capture, so asked only when lost.
        new InterviewQuestion(SmartWalk.Objective, (s, _) => AskObjective(s))
        {
            When = s => SmartWalk.Current(s) is null,
            Save = (s, answer) => SmartWalk.Begin(s, (string)answer, logger),
        },

        // Specific, Measurable and Time-bound: asked again until they pass (the platform and the baseline once: they may
        // be skipped); then the objective is saved.
        Criterion(SmartWalk.Outcome, AskOutcome, (s, draft, answer) => TakeOutcome(s, draft, (string)answer), logger),
        Criterion(SmartWalk.Platform, AskPlatform, (_, draft, answer) => TakePlatform(draft, (string)answer), logger, skipMeans: string.Empty),
        Criterion(SmartWalk.Baseline, AskBaseline, (_, draft, answer) => TakeBaseline(draft, answer), logger, skipMeans: string.Empty),
        Criterion(SmartWalk.Target, AskTarget, (_, draft, answer) => TakeTarget(draft, (string)answer), logger),

        // A past or far-off date is stored too: the check then says exactly what is wrong with it.
        Criterion(SmartWalk.Deadline, AskDeadline, (_, draft, answer) => draft with { Deadline = (DateOnly)answer }, logger),

        // Attainable and Relevant, coached once each: take the fix, or keep the objective as it is ("keep" and a skip both do).
        Criterion(SmartWalk.Resources, AskResources, (_, draft, answer) => TakeResources(draft, (string)answer), logger, KeepValue, KeepValue),
        Criterion(SmartWalk.Realism, AskRealism, (s, draft, answer) => TakeRealism(s, draft, Picked(answer), logger), logger, KeepValue, KeepValue),
        Criterion(SmartWalk.Family, AskFamily, (s, draft, answer) => TakeFamily(s, draft, Picked(answer), logger), logger, KeepValue, KeepValue),
        Criterion(SmartWalk.Persona, AskPersona, (s, draft, answer) => TakePersona(s, draft, Picked(answer), logger), logger, KeepValue, KeepValue),

        // After coaching, a title written from what was agreed, in the user's language; typing one's own, "keep" or a skip work too.
        Criterion(SmartWalk.Title, AskTitle, (_, draft, answer) => TakeTitle(draft, (string)answer), logger, KeepValue, KeepValue),

        // Nothing left to ask: say how the objective stands if that changed since it was saved.
        new InterviewQuestion(SmartWalk.Done, (_, _) => throw new InvalidOperationException("The end of the SMART walk answers itself."))
        {
            Auto = SmartWalk.Finish,
        },
    ];

    // A question about one criterion: asked while SmartWalk says it is due, its answer changes the draft, which is
    // checked again, and the walk goes on from the top.
    private static InterviewQuestion Criterion(
        string key, Func<QuestionScope, PromptCall> ask, Func<QuestionScope, Objective, object, Objective> take, ILogger logger, object? skipMeans = null, object? keepMeans = null) =>
        new(key, (s, _) => ask(s))
        {
            When = s => SmartWalk.Needs(s, key),
            SkipMeans = skipMeans,
            KeepMeans = keepMeans,
            Save = (s, answer) => SmartWalk.Apply(s, key, draft => take(s, draft, answer), logger),
            Next = SmartWalk.Again,
        };

    private static PromptCall AskObjective(QuestionScope scope)
    {
        var number = ObjectiveDraft.Number(scope.Plan, (string?)scope.Memo[SmartWalk.ReplacesMemo]);
        return new PromptCall(TextPromptId, ObjectiveLineQuestion.Build(scope.Language, number, SmartWalk.PickedFamily(scope)));
    }

    private static ObjectiveMetric? MetricIn(string text, DateOnly today) =>
        string.IsNullOrWhiteSpace(text) ? null : SmartCheck.Assess(text, new SmartContext { Today = today }).Metric;
}
