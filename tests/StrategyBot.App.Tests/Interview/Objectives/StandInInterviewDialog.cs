using StrategyBot.App.Interview.Objectives;
using StrategyBot.BotFramework.Dialogs;
using StrategyBot.BotFramework.Dialogs.Prompts;

namespace StrategyBot.App.Tests.Interview.Objectives;

/// <summary>
/// Stands in for the interview's root: two questions in a waterfall, and an interruption handler that hands
/// quick-capture messages to <see cref="ObjectiveDialogs.TryBeginQuickCaptureAsync"/> and "back" to the stack, as the real root does.
/// </summary>
internal sealed class StandInInterviewDialog : ComponentDialog
{
    public const string BusinessQuestion = "What does your business sell?";
    public const string AudienceQuestion = "Who buys from you?";

    public StandInInterviewDialog()
        : base("standInInterview")
    {
        AddDialog(new WaterfallDialog("standInInterview.steps",
        [
            new WaterfallStep("business", (step, ct) => step.PromptAsync("standInInterview.text", new PromptOptions { Text = BusinessQuestion }, ct)),
            new WaterfallStep("audience", (step, ct) => step.PromptAsync("standInInterview.text", new PromptOptions { Text = AudienceQuestion }, ct)),
            new WaterfallStep("done", (step, ct) =>
            {
                step.Turn.SendText("Interview done.");
                return step.EndDialogAsync(null, ct);
            }),
        ]));
        AddDialog(new TextPrompt("standInInterview.text"));
    }

    protected override async Task<DialogTurnResult?> OnInterruptAsync(DialogContext innerDc, CancellationToken cancellationToken)
    {
        if (innerDc.Turn.Activity.Text?.Trim() == "back" && await innerDc.GoBackAsync(cancellationToken) is { } wentBack)
        {
            return wentBack;
        }

        return await ObjectiveDialogs.TryBeginQuickCaptureAsync(innerDc, cancellationToken);
    }
}
