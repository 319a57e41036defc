using System.Text.Json.Nodes;
using StrategyBot.App.Conversation;
using StrategyBot.App.Localization;
using StrategyBot.BotFramework.Dialogs;
using StrategyBot.BotFramework.Dialogs.Prompts;
using StrategyBot.Domain.Planning;
using StrategyBot.Domain.Smart;

namespace StrategyBot.App.Interview.Objectives;

/// <summary>The questions Specific, Measurable and Time-bound need: outcome, platform, baseline, target, deadline.</summary>
internal sealed partial class SmartObjectiveDialog
{
    private static readonly ObjectiveMetric[] CommonMetrics =
        [ObjectiveMetric.Reach, ObjectiveMetric.Followers, ObjectiveMetric.EngagementRate, ObjectiveMetric.Clicks, ObjectiveMetric.Leads, ObjectiveMetric.Sales];

    private static readonly Platform[] CommonPlatforms =
        [Platform.Instagram, Platform.LinkedIn, Platform.Telegram, Platform.YouTube, Platform.X, Platform.TikTok];

    private async Task<DialogTurnResult> AskOutcomeAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var language = InterviewTurn.Language(step.Context);
        MarkAsked(step.Values, step.StepName);
        var replies = CommonMetrics.Select(m => Capitalize(ObjectiveNames.Metric(language, m)));
        return await step.PromptAsync(OutcomePromptId, new PromptOptions
        {
            Prompt = InterviewTurn.Message(language, Texts.Get(language, ObjectiveText.AskOutcome), replies),
            RetryText = BidiMarks.StartRightToLeft(language, Texts.Get(language, ObjectiveText.FindingMetricMissing)),
        }, cancellationToken);
    }

    private async Task<DialogTurnResult> ApplyOutcomeAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Reason == WaterfallStepReason.Back)
        {
            return await BackAsync(step, cancellationToken);
        }

        if (step.Result is string answer && MetricIn(answer) is { } metric)
        {
            var draft = ObjectiveDraft.Load(step.Values);
            draft.Metric = metric;
            draft.Platform ??= Platforms.FindAll(answer) is [var platform, ..] ? platform : null;
            ObjectiveDraft.Store(step.Values, draft);
        }

        return await step.GoToStepAsync("route", cancellationToken);
    }

    private async Task<DialogTurnResult> AskPlatformAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var language = InterviewTurn.Language(step.Context);
        MarkAsked(step.Values, step.StepName);
        var personas = StateDocuments.LoadPlan(step.State).Situation.Personas.SelectMany(p => p.Platforms);
        var replies = personas.Concat(CommonPlatforms).Distinct().Take(5).Select(p => ObjectiveNames.Platform(language, p));
        return await step.PromptAsync(PlatformPromptId, new PromptOptions
        {
            Prompt = InterviewTurn.Message(language, Texts.Get(language, ObjectiveText.AskPlatform), replies),
            RetryText = BidiMarks.StartRightToLeft(language, Texts.Get(language, ObjectiveText.PlatformRetry)),
            AllowSkip = true,
        }, cancellationToken);
    }

    private async Task<DialogTurnResult> ApplyPlatformAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Reason == WaterfallStepReason.Back)
        {
            return await BackAsync(step, cancellationToken);
        }

        if (step.Result is string answer && Platforms.FindAll(answer) is [var platform, ..])
        {
            var draft = ObjectiveDraft.Load(step.Values);
            draft.Platform = platform;
            ObjectiveDraft.Store(step.Values, draft);
        }

        return await step.GoToStepAsync("route", cancellationToken);
    }

    private async Task<DialogTurnResult> AskBaselineAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var language = InterviewTurn.Language(step.Context);
        MarkAsked(step.Values, step.StepName);
        var draft = ObjectiveDraft.Load(step.Values);
        var metric = ObjectiveNames.Metric(language, draft.Metric ?? ObjectiveMetric.Reach);
        var question = draft.Platform is { } platform
            ? Texts.Format(language, ObjectiveText.AskBaselineOnPlatform, metric, ObjectiveNames.Platform(language, platform))
            : Texts.Format(language, ObjectiveText.AskBaseline, metric);
        return await step.PromptAsync(NumberPromptId, new PromptOptions
        {
            Prompt = InterviewTurn.Message(language, question, []),
            RetryText = BidiMarks.StartRightToLeft(language, Texts.Get(language, ObjectiveText.BaselineRetry)),
            Min = 0,
        }, cancellationToken);
    }

    private async Task<DialogTurnResult> ApplyBaselineAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Reason == WaterfallStepReason.Back)
        {
            return await BackAsync(step, cancellationToken);
        }

        if (step.Result is decimal baseline)
        {
            var draft = ObjectiveDraft.Load(step.Values);
            draft.Baseline = baseline;
            ObjectiveDraft.Store(step.Values, draft);
        }

        return await step.GoToStepAsync("route", cancellationToken);
    }

    private async Task<DialogTurnResult> AskTargetAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var language = InterviewTurn.Language(step.Context);
        var today = InterviewTurn.Today(step.Context, _time);
        var draft = ObjectiveDraft.Load(step.Values);
        var assessment = Assess(step, draft, today, language);
        var question = Texts.Format(language, ObjectiveText.AskTarget, ObjectiveNames.Metric(language, draft.Metric ?? ObjectiveMetric.Reach));
        var finding = Find(assessment, SmartFindingCode.TargetNotAnImprovement, SmartFindingCode.TargetMissing);
        question = WithExplanation(step, language, finding, assessment, today, question);
        MarkAsked(step.Values, step.StepName);
        var suggestion = finding?.SuggestedTarget is { } suggested ? ObjectiveFormat.Value(language, draft.Metric, suggested) : null;
        return await step.PromptAsync(TargetPromptId, new PromptOptions
        {
            Prompt = InterviewTurn.Message(language, question, suggestion is null ? [] : [suggestion]),
            RetryText = BidiMarks.StartRightToLeft(language, Texts.Get(language, ObjectiveText.TargetRetry)),
        }, cancellationToken);
    }

    private async Task<DialogTurnResult> ApplyTargetAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Reason == WaterfallStepReason.Back)
        {
            return await BackAsync(step, cancellationToken);
        }

        var draft = ObjectiveDraft.Load(step.Values);
        if (step.Result is string answer && TargetAnswer.TryRead(answer, draft.Metric, out var value, out var unit, out var change))
        {
            draft.Target = value;
            draft.Unit = unit;
            draft.Change = change;
            ObjectiveDraft.Store(step.Values, draft);
        }

        return await step.GoToStepAsync("route", cancellationToken);
    }

    private async Task<DialogTurnResult> AskDeadlineAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var language = InterviewTurn.Language(step.Context);
        var today = InterviewTurn.Today(step.Context, _time);
        var draft = ObjectiveDraft.Load(step.Values);
        var assessment = Assess(step, draft, today, language);
        var finding = Find(assessment, SmartFindingCode.DeadlineMissing, SmartFindingCode.DeadlineInPast, SmartFindingCode.DeadlineTooFar);
        var suggested = finding?.SuggestedDeadline ?? today.AddMonths(3);
        var question = Texts.Format(
            language, ObjectiveText.AskDeadline, ObjectiveFormat.DateButton(language, suggested), ObjectiveFormat.NumericDate(language, suggested));
        question = WithExplanation(step, language, finding, assessment, today, question);
        MarkAsked(step.Values, step.StepName);
        return await step.PromptAsync(DatePromptId, new PromptOptions
        {
            Prompt = InterviewTurn.Message(language, question, [ObjectiveFormat.DateButton(language, suggested)]),
            RetryText = BidiMarks.StartRightToLeft(language, Texts.Format(
                language, ObjectiveText.DeadlineRetry, ObjectiveFormat.DateButton(language, suggested), ObjectiveFormat.NumericDate(language, suggested))),
        }, cancellationToken);
    }

    private async Task<DialogTurnResult> ApplyDeadlineAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Reason == WaterfallStepReason.Back)
        {
            return await BackAsync(step, cancellationToken);
        }

        if (step.Result is DateOnly deadline)
        {
            // A past or far-off date is stored too: the SMART check then says exactly what is wrong with it.
            var draft = ObjectiveDraft.Load(step.Values);
            draft.Deadline = deadline;
            ObjectiveDraft.Store(step.Values, draft);
        }

        return await step.GoToStepAsync("route", cancellationToken);
    }

    // A question carries the finding's sentence (what is wrong, and the proposed fix) unless the user has read that
    // exact sentence already, in the verdict or above an earlier question.
    private static string WithExplanation(
        WaterfallStepContext step, Language language, SmartFinding? finding, SmartAssessment assessment, DateOnly today, string question)
    {
        if (finding is null)
        {
            return question;
        }

        var sentence = SmartFindingTexts.Describe(language, finding, assessment, today);
        if (step.Values[ShownKey] is not JsonArray shown)
        {
            shown = [];
            step.Values[ShownKey] = shown;
        }

        if (shown.Any(s => s?.GetValue<string>() == sentence))
        {
            return question;
        }

        shown.Add(sentence);
        return sentence + "\n" + question;
    }

    private static string Capitalize(string name) =>
        name.Length > 0 && char.IsLower(name[0]) ? char.ToUpperInvariant(name[0]) + name[1..] : name;
}
