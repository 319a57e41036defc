using System.Text.Json.Nodes;
using StrategyBot.App.Conversation;
using StrategyBot.App.Localization;
using StrategyBot.BotFramework.Dialogs;
using StrategyBot.BotFramework.Dialogs.Prompts;
using StrategyBot.Domain.Planning;
using StrategyBot.Domain.Smart;

namespace StrategyBot.App.Interview.Objectives;

/// <summary>
/// Takes one objective typed in a line through the SMART check and asks only for what is missing, one criterion
/// at a time: first what Measurable and Time-bound need (the objective is saved to the plan the moment both
/// pass), then the coaching for Attainable and Relevant, where the user may keep the objective as it is. Begin it
/// with <see cref="Options"/>; it ends with the saved objective's id, or null when it was not saved.
/// </summary>
internal sealed partial class SmartObjectiveDialog : ComponentDialog
{
    public const string DialogId = "smartObjective";

    private const string StepsId = "smartObjective.steps";
    private const string OutcomePromptId = "smartObjective.outcome";
    private const string PlatformPromptId = "smartObjective.platform";
    private const string NumberPromptId = "smartObjective.number";
    private const string TargetPromptId = "smartObjective.target";
    private const string DatePromptId = "smartObjective.date";
    private const string TextPromptId = "smartObjective.text";
    private const string ChoicePromptId = "smartObjective.choice";
    private const string AskedKey = "asked";
    private const string SavedBadgesKey = "savedBadges";
    private const string ShownKey = "shown";
    private const string HistoryKey = "history";
    private const string RealismKeptKey = "realismKept";

    private readonly TimeProvider _time;
    private readonly ILogger _logger;

    public SmartObjectiveDialog(TimeProvider time, ILogger logger)
        : base(DialogId)
    {
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(logger);
        _time = time;
        _logger = logger;
        AddDialog(new WaterfallDialog(StepsId,
        [
            new WaterfallStep("start", StartAsync),
            new WaterfallStep("route", RouteAsync),
            new WaterfallStep("askOutcome", AskOutcomeAsync),
            new WaterfallStep("applyOutcome", ApplyOutcomeAsync),
            new WaterfallStep("askPlatform", AskPlatformAsync),
            new WaterfallStep("applyPlatform", ApplyPlatformAsync),
            new WaterfallStep("askBaseline", AskBaselineAsync),
            new WaterfallStep("applyBaseline", ApplyBaselineAsync),
            new WaterfallStep("askTarget", AskTargetAsync),
            new WaterfallStep("applyTarget", ApplyTargetAsync),
            new WaterfallStep("askDeadline", AskDeadlineAsync),
            new WaterfallStep("applyDeadline", ApplyDeadlineAsync),
            new WaterfallStep("askResources", AskResourcesAsync),
            new WaterfallStep("applyResources", ApplyResourcesAsync),
            new WaterfallStep("askRealism", AskRealismAsync),
            new WaterfallStep("applyRealism", ApplyRealismAsync),
            new WaterfallStep("askFamily", AskFamilyAsync),
            new WaterfallStep("applyFamily", ApplyFamilyAsync),
            new WaterfallStep("askPersona", AskPersonaAsync),
            new WaterfallStep("applyPersona", ApplyPersonaAsync),
        ]));
        AddDialog(new TextPrompt(OutcomePromptId, (c, ct) => Task.FromResult(c.Recognized.Succeeded && MetricIn(c.Recognized.Value) is not null)));
        AddDialog(new TextPrompt(PlatformPromptId, (c, ct) => Task.FromResult(c.Recognized.Succeeded && Platforms.FindAll(c.Recognized.Value!).Count > 0)));
        AddDialog(new NumberPrompt(NumberPromptId, reader: NumberAnswer.TryRead));
        AddDialog(new TextPrompt(TargetPromptId, (c, ct) => Task.FromResult(c.Recognized.Succeeded && TargetAnswer.TryRead(c.Recognized.Value, null, out _, out _, out _))));
        AddDialog(new DatePrompt(DatePromptId, time, extraRecognizer: JalaliDateRecognizer.Recognize));
        AddDialog(new TextPrompt(TextPromptId));
        AddDialog(new ChoicePrompt(ChoicePromptId));
    }

    /// <summary>
    /// The options to begin this dialog with: the objective's text, the goal family picked for it, if any, and the id
    /// of the objective it rewrites, if any (it then keeps that objective's place and KPIs once saved).
    /// </summary>
    public static JsonObject Options(string text, GoalFamily? family, string? replaces = null) => new()
    {
        ["text"] = text,
        ["family"] = family?.ToString(),
        ["replaces"] = replaces,
    };

    private async Task<DialogTurnResult> StartAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var language = InterviewTurn.Language(step.Context);
        var plan = StateDocuments.LoadPlan(step.State);
        var family = step.Options?["family"]?.GetValue<string>() is { } name && Enum.TryParse<GoalFamily>(name, out var f) ? f : (GoalFamily?)null;
        var draft = new Objective
        {
            Id = step.Options?["replaces"]?.GetValue<string>() is { } replaces && plan.FindObjective(replaces) is not null
                ? replaces
                : ObjectiveDraft.NewId(plan),
            Text = step.Options?["text"]?.GetValue<string>()?.Trim() ?? string.Empty,
            Family = family,
        };
        var today = InterviewTurn.Today(step.Context, _time);
        var assessment = Assess(step, draft, today, language);
        ObjectiveDraft.Store(step.Values, draft);
        var passed = assessment.PassedCount();
        var failed = FailedLetters(assessment);
        Log.SmartChecked(_logger, passed, failed, family is null ? "quick capture" : "interview");
        if (assessment.Findings.Find(f => f.Code == SmartFindingCode.GrowthUnrealistic) is { ImpliedMonthlyGrowthPercent: { } implied, Limit: { } limit })
        {
            Log.GrowthFlagged(_logger, implied, limit);
        }

        step.Values[ShownKey] = new JsonArray([.. assessment.Findings
            .Select(f => (JsonNode?)JsonValue.Create(SmartFindingTexts.Describe(language, f, assessment, today)))]);
        InterviewTurn.Say(step.Context, language, SmartVerdict.Message(language, assessment, today));
        return await step.NextAsync(null, cancellationToken);
    }

    /// <summary>"Back" steps through the questions this objective was actually asked, not the waterfall's order.</summary>
    public override bool CanGoBack(DialogContext dc, DialogInstance instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        var steps = instance.Children.FirstOrDefault(c => c.Id == StepsId);
        return steps?.Values[HistoryKey] is JsonArray { Count: >= 2 } && base.CanGoBack(dc, instance);
    }

    private async Task<DialogTurnResult> RouteAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Reason == WaterfallStepReason.Back)
        {
            return await BackAsync(step, cancellationToken);
        }

        var language = InterviewTurn.Language(step.Context);
        var today = InterviewTurn.Today(step.Context, _time);
        var draft = ObjectiveDraft.Load(step.Values);
        var assessment = Assess(step, draft, today, language);
        assessment.ApplyTo(draft);
        ObjectiveDraft.Store(step.Values, draft);

        if (MustPassQuestion(assessment, step.Values) is { } question)
        {
            return await step.GoToStepAsync(question, cancellationToken);
        }

        if (!ObjectiveDraft.IsSaved(step.Values))
        {
            var plan = StateDocuments.LoadPlan(step.State);
            if (plan.FindObjective(draft.Id) is null && plan.Objectives.Count >= PlanRules.MaxObjectives)
            {
                Log.ObjectiveCapReached(_logger, PlanRules.MaxObjectives);
                InterviewTurn.Say(step.Context, language, Texts.Format(language, ObjectiveText.ObjectiveCapReached, PlanRules.MaxObjectives));
                return await step.EndDialogAsync(null, cancellationToken);
            }

            var number = ObjectiveDraft.SaveToPlan(step.State, step.Values, draft, assessment);
            step.Values[SavedBadgesKey] = SmartVerdict.Badges(assessment);
            var passed = assessment.PassedCount();
            Log.ObjectiveSaved(_logger, draft.Id, number, passed);
            InterviewTurn.Say(
                step.Context, language, Texts.Format(language, ObjectiveText.ObjectiveSaved, number, SmartVerdict.Badges(assessment)));
        }
        else
        {
            ObjectiveDraft.SaveToPlan(step.State, step.Values, draft, assessment);
        }

        if (CoachingQuestion(assessment, step.Values) is { } coaching)
        {
            return await step.GoToStepAsync(coaching, cancellationToken);
        }

        var badges = SmartVerdict.Badges(assessment);
        if (step.Values[SavedBadgesKey]?.GetValue<string>() != badges)
        {
            var number = StateDocuments.LoadPlan(step.State).Objectives.FindIndex(o => o.Id == draft.Id) + 1;
            InterviewTurn.Say(step.Context, language, Texts.Format(language, ObjectiveText.ObjectiveUpdated, number, badges));
        }

        return await step.EndDialogAsync(draft.Id, cancellationToken);
    }

    private static SmartAssessment Assess(WaterfallStepContext step, Objective draft, DateOnly today, Language language)
    {
        var plan = StateDocuments.LoadPlan(step.State);
        var context = new SmartContext
        {
            Today = today,
            Presence = plan.Situation.Presence,
            Personas = plan.Situation.Personas,
            Language = language == Language.Persian ? "fa" : step.Turn.Activity.Locale ?? "en",
            GoalFamily = draft.Family,
        };
        return SmartCheck.Assess(draft, context);
    }

    private ObjectiveMetric? MetricIn(string? text) =>
        string.IsNullOrWhiteSpace(text)
            ? null
            : SmartCheck.Assess(text, new SmartContext { Today = DateOnly.FromDateTime(_time.GetUtcNow().UtcDateTime) }).Metric;
}
