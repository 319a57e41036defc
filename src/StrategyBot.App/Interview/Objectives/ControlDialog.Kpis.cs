using System.Text.Json.Nodes;
using StrategyBot.App.Cards;
using StrategyBot.App.Conversation;
using StrategyBot.App.Localization;
using StrategyBot.BotFramework.Dialogs;
using StrategyBot.BotFramework.Dialogs.Prompts;
using StrategyBot.BotFramework.Protocol;
using StrategyBot.Domain.Kpis;
using StrategyBot.Domain.Planning;
using StrategyBot.Domain.Text;

namespace StrategyBot.App.Interview.Objectives;

/// <summary>KPIs per objective: the choice, then for each KPI its formula, a target and a deadline.</summary>
internal sealed partial class ControlDialog
{
    private static async Task<DialogTurnResult> PickKpisAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var plan = StateDocuments.LoadPlan(step.State);
        if (CurrentObjective(step, plan) is not { } objective)
        {
            return await step.GoToStepAsync("confirmZone", cancellationToken);
        }

        var language = InterviewTurn.Language(step.Context);
        var suggestions = KpiChoices.Suggest(objective);
        var question = ObjectiveTexts.Format(language, ObjectiveText.AskKpis, CardText.Escape(objective.Text, 200));
        var chosen = plan.Control.KpiTargets.Where(k => k.ObjectiveId == objective.Id).Select(k => k.KpiId).ToList();
        var card = QuestionCard.Build(
            new QuestionCardContent(KpiPromptId, question, QuestionInputKind.Choice)
            {
                Choices = [.. suggestions.Select(id => new CardChoice(ObjectiveNames.Kpi(language, id), id))],
                AllowMultiple = true,
                CurrentValue = string.Join(',', chosen.Count > 0 ? chosen : suggestions.Take(1)),
            },
            language);
        return await step.PromptAsync(KpiPromptId, new PromptOptions
        {
            Prompt = new Activity { Type = ActivityTypes.Message, Summary = question, Attachments = [Attachment.AdaptiveCard(card)] },
            RetryText = BidiMarks.StartRightToLeft(language, ObjectiveTexts.Get(language, ObjectiveText.KpiRetry)),
            Choices = [.. suggestions.Select(id => new Choice(id) { Title = ObjectiveNames.Kpi(language, id) })],
            InputId = CardActions.AnswerField,
        }, cancellationToken);
    }

    private static async Task<DialogTurnResult> ApplyKpisAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var plan = StateDocuments.LoadPlan(step.State);
        if (step.Result is not string answer
            || CurrentObjective(step, plan) is not { } objective
            || !KpiChoices.TryRead(answer, KpiChoices.Suggest(objective), out var kpiIds))
        {
            return await step.GoToStepAsync("pickKpis", cancellationToken);
        }

        step.Values[KpisKey] = new JsonArray([.. kpiIds.Select(id => (JsonNode?)JsonValue.Create(id))]);
        step.Values[KpiIndexKey] = 0;
        return await step.NextAsync(null, cancellationToken);
    }

    private static async Task<DialogTurnResult> KpiTargetAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var plan = StateDocuments.LoadPlan(step.State);
        if (CurrentObjective(step, plan) is not { } objective)
        {
            return await step.GoToStepAsync("confirmZone", cancellationToken);
        }

        if (CurrentKpi(step) is not { } kpi)
        {
            step.Values[ObjectiveIndexKey] = Index(step, ObjectiveIndexKey) + 1;
            return await step.GoToStepAsync("pickKpis", cancellationToken);
        }

        var language = InterviewTurn.Language(step.Context);
        var question = KpiFormulas.Line(language, kpi) + "\n" + ObjectiveTexts.Format(language, ObjectiveText.AskKpiTarget, ObjectiveNames.Kpi(language, kpi.Id));
        var suggestion = SuggestedTarget(plan, objective, kpi) is { } target ? KpiFormulas.Value(language, kpi, target) : null;
        return await step.PromptAsync(TargetPromptId, new PromptOptions
        {
            Prompt = InterviewTurn.Message(language, question, suggestion is null ? [] : [suggestion]),
            RetryText = BidiMarks.StartRightToLeft(language, ObjectiveTexts.Get(language, ObjectiveText.KpiTargetRetry)),
        }, cancellationToken);
    }

    private async Task<DialogTurnResult> ApplyKpiTargetAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var plan = StateDocuments.LoadPlan(step.State);
        if (step.Result is not string answer
            || CurrentObjective(step, plan) is not { } objective
            || CurrentKpi(step) is not { } kpi
            || QuantityParser.FindAll(answer) is not [var first, ..])
        {
            return await step.GoToStepAsync("kpiTarget", cancellationToken);
        }

        var today = InterviewTurn.Today(step.Context, _time);
        var existing = plan.Control.KpiTargets.Find(k => k.ObjectiveId == objective.Id && k.KpiId == kpi.Id);
        var target = existing ?? new KpiTarget { ObjectiveId = objective.Id, KpiId = kpi.Id };
        target.Target = first.Quantity.Value;
        target.Baseline ??= KpiLibrary.ForMetric(objective.Metric ?? ObjectiveMetric.Reach) == kpi.Id ? objective.Baseline : null;
        if (target.Deadline == default)
        {
            target.Deadline = objective.Deadline is { } deadline && deadline > today ? deadline : today.AddMonths(3);
        }

        if (existing is null)
        {
            plan.Control.KpiTargets.Add(target);
        }

        StateDocuments.SavePlan(step.State, plan);
        Log.KpiTargetSaved(_logger, kpi.Id, objective.Id);
        return await step.NextAsync(null, cancellationToken);
    }

    private async Task<DialogTurnResult> KpiDeadlineAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var plan = StateDocuments.LoadPlan(step.State);
        if (CurrentTarget(step, plan) is not { } target)
        {
            return await step.GoToStepAsync("kpiTarget", cancellationToken);
        }

        var language = InterviewTurn.Language(step.Context);
        var today = InterviewTurn.Today(step.Context, _time);
        var objective = plan.FindObjective(target.ObjectiveId);
        var fallback = objective?.Deadline is { } deadline && deadline > today ? deadline : target.Deadline;
        var question = ObjectiveTexts.Format(language, ObjectiveText.AskKpiDeadline, ObjectiveNames.Kpi(language, target.KpiId), fallback);
        return await step.PromptAsync(DatePromptId, new PromptOptions
        {
            Prompt = InterviewTurn.Message(language, question, [ObjectiveFormat.DateButton(language, fallback)]),
            RetryText = BidiMarks.StartRightToLeft(language, ObjectiveTexts.Format(
                language, ObjectiveText.DeadlineRetry, ObjectiveFormat.DateButton(language, fallback), ObjectiveFormat.NumericDate(language, fallback))),
            AllowSkip = true,
        }, cancellationToken);
    }

    private async Task<DialogTurnResult> ApplyKpiDeadlineAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var plan = StateDocuments.LoadPlan(step.State);

        // Back from the time zone question: the last objective's KPIs, chosen again.
        if (step.Reason == WaterfallStepReason.Back)
        {
            step.Values[ObjectiveIndexKey] = Math.Max(0, plan.Objectives.Count - 1);
            return await step.GoToStepAsync(plan.Objectives.Count > 0 ? "pickKpis" : "confirmZone", cancellationToken);
        }

        if (CurrentTarget(step, plan) is not { } target || CurrentKpi(step) is not { } kpi)
        {
            return await step.GoToStepAsync("kpiTarget", cancellationToken);
        }

        var language = InterviewTurn.Language(step.Context);
        var today = InterviewTurn.Today(step.Context, _time);
        if (step.Result is DateOnly deadline)
        {
            if (deadline <= today)
            {
                InterviewTurn.Say(step.Context, language, ObjectiveTexts.Format(language, ObjectiveText.FindingDeadlineInPast, deadline, target.Deadline));
                return await step.GoToStepAsync("kpiDeadline", cancellationToken);
            }

            target.Deadline = deadline;
            StateDocuments.SavePlan(step.State, plan);
        }

        InterviewTurn.Say(step.Context, language, ObjectiveTexts.Format(
            language, ObjectiveText.KpiSaved, ObjectiveNames.Kpi(language, kpi.Id), KpiFormulas.Value(language, kpi, target.Target), target.Deadline));
        step.Values[KpiIndexKey] = Index(step, KpiIndexKey) + 1;
        return await step.GoToStepAsync("kpiTarget", cancellationToken);
    }

    // The KPI that measures the objective's own metric starts from the objective's target.
    private static decimal? SuggestedTarget(MarketingPlan plan, Objective objective, KpiDefinition kpi)
    {
        if (plan.Control.KpiTargets.Find(k => k.ObjectiveId == objective.Id && k.KpiId == kpi.Id) is { } existing)
        {
            return existing.Target;
        }

        return objective.Metric is { } metric && KpiLibrary.ForMetric(metric) == kpi.Id ? objective.ResolvedTarget() : null;
    }

    private static Objective? CurrentObjective(WaterfallStepContext step, MarketingPlan plan)
    {
        var index = Index(step, ObjectiveIndexKey);
        return index < plan.Objectives.Count ? plan.Objectives[index] : null;
    }

    private static KpiDefinition? CurrentKpi(WaterfallStepContext step)
    {
        var index = Index(step, KpiIndexKey);
        return step.Values[KpisKey] is JsonArray ids && index < ids.Count && KpiLibrary.TryGet(ids[index]!.GetValue<string>(), out var kpi)
            ? kpi
            : null;
    }

    private static KpiTarget? CurrentTarget(WaterfallStepContext step, MarketingPlan plan) =>
        CurrentObjective(step, plan) is { } objective && CurrentKpi(step) is { } kpi
            ? plan.Control.KpiTargets.Find(k => k.ObjectiveId == objective.Id && k.KpiId == kpi.Id)
            : null;

    private static int Index(WaterfallStepContext step, string key) =>
        step.Values[key] is JsonValue value && value.TryGetValue<int>(out var index) ? index : 0;
}
