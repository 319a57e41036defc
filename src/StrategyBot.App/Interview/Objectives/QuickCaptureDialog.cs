using StrategyBot.App.Conversation;
using StrategyBot.App.Localization;
using StrategyBot.BotFramework.Dialogs;
using StrategyBot.Domain.Planning;
using StrategyBot.Domain.Smart;

namespace StrategyBot.App.Interview.Objectives;

/// <summary>
/// Quick capture: "goal: grow Instagram reach 20% by March" (or "هدف: …") typed at any moment becomes a draft
/// objective that goes through the SMART check, with questions only for what is missing, then the dialog ends so
/// whatever was active underneath asks its question again. Works before the interview has begun: without the
/// Situation step there is no baseline, so the SMART dialog asks for it.
/// </summary>
internal sealed class QuickCaptureDialog : ComponentDialog
{
    public const string DialogId = "quickCapture";

    private const string StepsId = "quickCapture.steps";
    private const string ResumeKey = "resume";
    private const string CountKey = "objectives";

    private readonly ILogger _logger;

    public QuickCaptureDialog(TimeProvider time, ILogger logger)
        : base(DialogId)
    {
        ArgumentNullException.ThrowIfNull(logger);
        _logger = logger;
        AddDialog(new WaterfallDialog(StepsId,
        [
            new WaterfallStep("start", StartAsync),
            new WaterfallStep("done", DoneAsync),
        ]));
        AddDialog(new SmartObjectiveDialog(time, logger));
    }

    /// <summary>Options carrying the objective text, and whether a dialog underneath will ask its question again.</summary>
    public static System.Text.Json.Nodes.JsonObject Options(string text, bool resumesAnother) => new()
    {
        ["text"] = text,
        [ResumeKey] = resumesAnother,
    };

    private async Task<DialogTurnResult> StartAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var language = InterviewTurn.Language(step.Context);
        var text = step.Options?["text"]?.GetValue<string>();
        if (string.IsNullOrWhiteSpace(text) && !QuickCapture.TryParse(step.Turn.Activity.Text, out text))
        {
            return await step.EndDialogAsync(null, cancellationToken);
        }

        var plan = TurnState.Of(step.State).Plan;
        if (plan.Objectives.Count >= PlanRules.MaxObjectives)
        {
            Log.ObjectiveCapReached(_logger, PlanRules.MaxObjectives);
            InterviewTurn.Say(step.Context, language, Texts.Format(language, ObjectiveText.QuickCaptureCap, PlanRules.MaxObjectives));
            return await step.EndDialogAsync(null, cancellationToken);
        }

        InterviewTurn.Say(step.Context, language, Texts.Get(language, ObjectiveText.QuickCaptureStart));
        step.Values[CountKey] = plan.Objectives.Count;
        return await step.BeginDialogAsync(SmartObjectiveDialog.DialogId, SmartObjectiveDialog.Options(text, null), cancellationToken);
    }

    private async Task<DialogTurnResult> DoneAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var saved = TurnState.Of(step.State).Plan.Objectives.Count > (step.Values[CountKey]?.GetValue<int>() ?? int.MaxValue);
        Log.QuickCaptureEnded(_logger, saved);
        if (step.Options?[ResumeKey]?.GetValue<bool>() == true)
        {
            var language = InterviewTurn.Language(step.Context);
            InterviewTurn.Say(step.Context, language, Texts.Get(language, ObjectiveText.QuickCaptureBack));
        }

        return await step.EndDialogAsync(null, cancellationToken);
    }
}
