using System.Text.Json.Nodes;
using StrategyBot.App.Cards;
using StrategyBot.App.Interview.Objectives;
using StrategyBot.App.Localization;
using StrategyBot.BotFramework.Dialogs.Prompts;
using StrategyBot.BotFramework.Protocol;
using StrategyBot.Domain.Kpis;
using StrategyBot.Domain.Planning;
using StrategyBot.Domain.Smart;
using StrategyBot.Domain.Text;

namespace StrategyBot.App.Interview.Control;

/// <summary>KPIs per objective: the choice (a card; names may be typed), then for each KPI its formula, a target and a deadline.</summary>
internal sealed partial class ControlDialog
{
    private const string KpisMemo = "kpis";
    private const string KpiMemo = "kpi";
    private const string OneObjectiveMemo = "oneObjective";

    /// <summary>
    /// The options that ask only the KPIs of the objective at <paramref name="objectiveIndex"/> (their targets and
    /// deadlines), then end: for an objective added after Control was set, so nothing else is asked again.
    /// </summary>
    public static JsonObject OneObjectiveOptions(int objectiveIndex) =>
        new StepDialogOptions(StepDialogOptions.RunMode, "kpis", objectiveIndex) { Memo = new JsonObject { [OneObjectiveMemo] = true } }.ToJson();

    private static bool IsOneObjective(QuestionScope scope) => scope.Memo[OneObjectiveMemo] is not null;

    // The objective's KPIs already in the plan, as the user reads them; "keep" keeps them with their targets.
    private static string? KpisShown(QuestionScope scope)
    {
        var objective = scope.Plan.Objectives[scope.Item];
        var names = scope.Plan.Control.KpiTargets.Where(k => k.ObjectiveId == objective.Id).Select(k => ObjectiveNames.Kpi(scope.Language, k.KpiId)).ToList();
        return names.Count == 0 ? null : scope.List(names);
    }

    // After one objective's KPIs: the next objective's, or on to the check-in; when asked for one objective, the end.
    private static QuestionRoute AfterObjective(QuestionScope scope) =>
        IsOneObjective(scope) ? QuestionRoute.End
        : scope.Item + 1 < scope.Plan.Objectives.Count ? new QuestionRoute("kpis", scope.Item + 1)
        : new QuestionRoute("confirmZone", 0);

    private static PromptCall AskKpis(QuestionScope scope, string cardId)
    {
        var objective = scope.Plan.Objectives[scope.Item];
        var language = scope.Language;
        var suggestions = KpiChoices.Suggest(objective);
        var question = Texts.Format(language, ObjectiveText.AskKpis, CardText.Escape(objective.Text, 200));
        var chosen = scope.Plan.Control.KpiTargets.Where(k => k.ObjectiveId == objective.Id).Select(k => k.KpiId).ToList();
        var card = QuestionCard.Build(
            new QuestionCardContent(cardId, question, QuestionInputKind.Choice)
            {
                Choices = [.. suggestions.Select(id => new CardChoice(ObjectiveNames.Kpi(language, id), id))],
                AllowMultiple = true,
                CurrentValue = string.Join(',', chosen.Count > 0 ? chosen : suggestions.Take(1)),
            },
            language);
        return new PromptCall(KpiPromptId, new PromptOptions
        {
            Prompt = new Activity { Type = ActivityTypes.Message, Summary = question, Attachments = [Attachment.AdaptiveCard(card)] },
            RetryText = BidiMarks.StartRightToLeft(language, Texts.Get(language, ObjectiveText.KpiRetry)),
            Choices = [.. suggestions.Select(id => new Choice(id) { Title = ObjectiveNames.Kpi(language, id) })],
            InputId = CardActions.AnswerField,
        });
    }

    private static void RememberKpis(QuestionScope scope, string answer)
    {
        KpiChoices.TryRead(answer, KpiChoices.Suggest(scope.Plan.Objectives[scope.Item]), out var kpiIds);
        scope.Memo[KpisMemo] = new JsonArray([.. kpiIds.Select(id => (JsonNode?)JsonValue.Create(id))]);
        scope.Memo[KpiMemo] = 0;
    }

    private static PromptCall AskTarget(QuestionScope scope, string cardId)
    {
        var objective = scope.Plan.Objectives[scope.Item];
        var kpi = CurrentKpi(scope)!;
        var language = scope.Language;
        var question = KpiFormulas.Line(language, kpi) + "\n" + Texts.Format(language, ObjectiveText.AskKpiTarget, ObjectiveNames.Kpi(language, kpi.Id));
        var suggestion = KpiTargetDefaults.Target(scope.Plan, objective, kpi) is { } target ? KpiFormulas.Value(language, kpi, target) : null;
        return new PromptCall(TargetPromptId, new PromptOptions
        {
            Prompt = InterviewTurn.Message(language, question, suggestion is null ? [] : [suggestion]),
            RetryText = BidiMarks.StartRightToLeft(language, Texts.Get(language, ObjectiveText.KpiTargetRetry)),
        });
    }

    private static void SaveTarget(QuestionScope scope, string answer, ILogger logger)
    {
        var objective = scope.Plan.Objectives[scope.Item];
        var kpi = CurrentKpi(scope)!;
        var existing = CurrentTarget(scope) ?? new KpiTarget { ObjectiveId = objective.Id, KpiId = kpi.Id };
        var isObjectivesKpi = KpiLibrary.ForMetric(objective.Metric ?? ObjectiveMetric.Reach) == kpi.Id;
        var target = existing with
        {
            Target = QuantityParser.FindAll(answer)[0].Quantity.Value,
            Baseline = existing.Baseline ?? (isObjectivesKpi ? objective.Baseline : null),

            // "150 a month" typed here wins; else the objective's own words ("150 bags a month") for its main KPI.
            Cadence = TargetCadences.For(kpi, SmartCheck.RateNamedIn(answer) ?? (isObjectivesKpi ? SmartCheck.RateNamedIn(objective.Text) : null)),
            Platform = existing.Platform ?? objective.Platform,
        };
        if (target.Deadline == default)
        {
            target = target with { Deadline = KpiTargetDefaults.Deadline(scope, target) };
        }

        scope.UpdateControl(c => c.WithKpiTarget(target));

        Log.KpiTargetSaved(logger, kpi.Id, objective.Id);
    }

    private static PromptCall AskDeadline(QuestionScope scope)
    {
        var target = CurrentTarget(scope)!;
        var language = scope.Language;
        var offered = KpiTargetDefaults.Deadline(scope, target);
        var question = Texts.Format(language, ObjectiveText.AskKpiDeadline, ObjectiveNames.Kpi(language, target.KpiId), offered);
        return new PromptCall(DatePromptId, new PromptOptions
        {
            Prompt = InterviewTurn.Message(language, question, [ObjectiveFormat.DateButton(language, offered)]),
            RetryText = BidiMarks.StartRightToLeft(language, Texts.Format(
                language, ObjectiveText.DeadlineRetry, ObjectiveFormat.DateButton(language, offered), ObjectiveFormat.NumericDate(language, offered))),
            AllowSkip = true,
        });
    }

    private static void SaveDeadline(QuestionScope scope, DateOnly deadline)
    {
        if (deadline > scope.Today)
        {
            var target = CurrentTarget(scope)! with { Deadline = deadline };
            scope.UpdateControl(c => c.WithKpiTarget(target));
        }
    }

    // A past date is refused and asked again; otherwise on to the next KPI, or past this objective.
    private static QuestionRoute? AfterDeadline(QuestionScope scope, QuestionAnswer answer)
    {
        if (CurrentTarget(scope) is not { } target)
        {
            return new QuestionRoute("kpis", scope.Item);
        }

        if (answer.Value is DateOnly deadline && deadline <= scope.Today)
        {
            scope.Say(Texts.Format(scope.Language, ObjectiveText.FindingDeadlineInPast, deadline, target.Deadline));
            return new QuestionRoute("deadline", scope.Item);
        }

        var kpi = CurrentKpi(scope)!;
        scope.Say(Texts.Format(
            scope.Language, ObjectiveText.KpiSaved, ObjectiveNames.Kpi(scope.Language, kpi.Id), KpiFormulas.Value(scope.Language, kpi, target.Target), target.Deadline));
        var next = (int)scope.Memo[KpiMemo]! + 1;
        scope.Memo[KpiMemo] = next;
        return next < Picked(scope).Count ? new QuestionRoute("target", scope.Item) : AfterObjective(scope);
    }

    private static JsonArray Picked(QuestionScope scope) => scope.Memo[KpisMemo] as JsonArray ?? [];

    private static KpiDefinition? CurrentKpi(QuestionScope scope)
    {
        var index = scope.Memo[KpiMemo] is JsonValue value && value.TryGetValue<int>(out var i) ? i : 0;
        var picked = Picked(scope);
        return index < picked.Count && KpiLibrary.TryGet(picked[index]!.GetValue<string>(), out var kpi) ? kpi : null;
    }

    private static KpiTarget? CurrentTarget(QuestionScope scope) =>
        scope.Item < scope.Plan.Objectives.Count && scope.Plan.Objectives[scope.Item] is var objective && CurrentKpi(scope) is { } kpi
            ? scope.Plan.Control.KpiTargets.FirstOrDefault(k => k.ObjectiveId == objective.Id && k.KpiId == kpi.Id)
            : null;
}
