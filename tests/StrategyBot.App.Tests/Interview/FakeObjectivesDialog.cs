using StrategyBot.App.Conversation;
using StrategyBot.BotFramework.Dialogs;
using StrategyBot.BotFramework.Dialogs.Prompts;
using StrategyBot.Domain.Planning;

namespace StrategyBot.App.Tests.Interview;

/// <summary>
/// A stand-in for the teammate's "objectives" step with the same id: one question, whose answer becomes a complete
/// objective, so the interview can move past the Objectives step in these tests.
/// </summary>
internal sealed class FakeObjectivesDialog : ComponentDialog
{
    public const string Question = "Fake objectives: what is your objective?";
    private const string PromptId = "fake.objectives.text";

    public FakeObjectivesDialog()
        : base("objectives")
    {
        AddDialog(new WaterfallDialog("fake.objectives.steps",
        [
            new WaterfallStep("ask", (step, ct) => step.PromptAsync(PromptId, new PromptOptions { Text = Question }, ct)),
            new WaterfallStep("save", SaveAsync),
        ]));
        AddDialog(new TextPrompt(PromptId));
    }

    private static Task<DialogTurnResult> SaveAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        TurnState.Of(step.State).UpdatePlan(plan => plan.WithObjective(new Objective
        {
            Id = "objective-" + (plan.Objectives.Count + 1),
            Text = (string)step.Result!,
            Metric = ObjectiveMetric.Reach,
            Target = 20,
            Deadline = new DateOnly(2027, 9, 1),
        }));
        return step.EndDialogAsync(null, cancellationToken);
    }
}
