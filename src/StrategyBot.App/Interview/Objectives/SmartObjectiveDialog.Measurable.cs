using StrategyBot.App.Localization;
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

    private static PromptCall AskOutcome(QuestionScope scope)
    {
        var language = scope.Language;
        var replies = CommonMetrics.Select(m => Capitalize(ObjectiveNames.Metric(language, m)));
        return new PromptCall(OutcomePromptId, new PromptOptions
        {
            Prompt = InterviewTurn.Message(language, Texts.Get(language, ObjectiveText.AskOutcome), replies),
            RetryText = BidiMarks.StartRightToLeft(language, Texts.Get(language, ObjectiveText.FindingMetricMissing)),
        });
    }

    private static Objective TakeOutcome(QuestionScope scope, Objective draft, string answer) => draft with
    {
        Metric = MetricIn(answer, scope.Today) ?? draft.Metric,
        Platform = draft.Platform ?? (Platforms.FindAll(answer) is [var platform, ..] ? platform : null),
    };

    private static PromptCall AskPlatform(QuestionScope scope)
    {
        var language = scope.Language;
        var personas = scope.Plan.Situation.Personas.SelectMany(p => p.Platforms);
        var replies = personas.Concat(CommonPlatforms).Distinct().Take(5).Select(p => ObjectiveNames.Platform(language, p));
        return new PromptCall(PlatformPromptId, new PromptOptions
        {
            Prompt = InterviewTurn.Message(language, Texts.Get(language, ObjectiveText.AskPlatform), replies),
            RetryText = BidiMarks.StartRightToLeft(language, Texts.Get(language, ObjectiveText.PlatformRetry)),
            AllowSkip = true,
        });
    }

    private static Objective TakePlatform(Objective draft, string answer) =>
        Platforms.FindAll(answer) is [var platform, ..] ? draft with { Platform = platform } : draft;

    private static PromptCall AskBaseline(QuestionScope scope)
    {
        var language = scope.Language;
        var draft = SmartWalk.Current(scope)!.Value.Draft;
        var metric = ObjectiveNames.Metric(language, draft.Metric ?? ObjectiveMetric.Reach);
        var question = draft.Platform is { } platform
            ? Texts.Format(language, ObjectiveText.AskBaselineOnPlatform, metric, ObjectiveNames.Platform(language, platform))
            : Texts.Format(language, ObjectiveText.AskBaseline, metric);
        return new PromptCall(NumberPromptId, new PromptOptions
        {
            Prompt = InterviewTurn.Message(language, question, []),
            RetryText = BidiMarks.StartRightToLeft(language, Texts.Get(language, ObjectiveText.BaselineRetry)),
            Min = 0,
            AllowSkip = true,
        });
    }

    // A skip leaves the baseline unknown: the objective stays measurable, and its first check-in gives the start.
    private static Objective TakeBaseline(Objective draft, object answer) => answer is decimal start ? draft with { Baseline = start } : draft;

    private static PromptCall AskTarget(QuestionScope scope)
    {
        var language = scope.Language;
        var draft = SmartWalk.Current(scope)!.Value.Draft;
        var question = Texts.Format(language, ObjectiveText.AskTarget, ObjectiveNames.Metric(language, draft.Metric ?? ObjectiveMetric.Reach));
        var finding = SmartWalk.Finding(scope, SmartFindingCode.TargetNotAnImprovement, SmartFindingCode.TargetMissing);
        var suggestion = finding?.SuggestedTarget is { } suggested ? ObjectiveFormat.Value(language, draft.Metric, suggested) : null;
        return new PromptCall(TargetPromptId, new PromptOptions
        {
            Prompt = InterviewTurn.Message(language, Explained(scope, SmartWalk.Target, question), suggestion is null ? [] : [suggestion]),
            RetryText = BidiMarks.StartRightToLeft(language, Texts.Get(language, ObjectiveText.TargetRetry)),
        });
    }

    private static Objective TakeTarget(Objective draft, string answer) =>
        TargetAnswer.TryRead(answer, draft.Metric, out var value, out var unit, out var change)
            ? draft with { Target = value, Unit = unit, Change = change }
            : draft;

    private static PromptCall AskDeadline(QuestionScope scope)
    {
        var language = scope.Language;
        var finding = SmartWalk.Finding(scope, SmartFindingCode.DeadlineMissing, SmartFindingCode.DeadlineInPast, SmartFindingCode.DeadlineTooFar);
        var suggested = finding?.SuggestedDeadline ?? scope.Today.AddMonths(3);
        var button = ObjectiveFormat.DateButton(language, suggested);
        var numeric = ObjectiveFormat.NumericDate(language, suggested);
        var question = Texts.Format(language, ObjectiveText.AskDeadline, button, numeric);
        return new PromptCall(DatePromptId, new PromptOptions
        {
            Prompt = InterviewTurn.Message(language, Explained(scope, SmartWalk.Deadline, question), [button]),
            RetryText = BidiMarks.StartRightToLeft(language, Texts.Format(language, ObjectiveText.DeadlineRetry, button, numeric)),
        });
    }

    // The question, under the finding's sentence if the user has not read that yet.
    private static string Explained(QuestionScope scope, string key, string question) =>
        SmartWalk.Explanation(scope, key) is { } sentence ? sentence + "\n" + question : question;

    private static string Capitalize(string name) =>
        name.Length > 0 && char.IsLower(name[0]) ? char.ToUpperInvariant(name[0]) + name[1..] : name;
}
