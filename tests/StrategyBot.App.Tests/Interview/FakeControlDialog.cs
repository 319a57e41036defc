using StrategyBot.App.Conversation;
using StrategyBot.BotFramework.Dialogs;
using StrategyBot.BotFramework.Dialogs.Prompts;
using StrategyBot.Domain.Planning;

namespace StrategyBot.App.Tests.Interview;

/// <summary>
/// A stand-in for the teammate's "control" step with the same id: one question, after which every objective has a
/// KPI and the weekly check-in is set, so the plan is complete.
/// </summary>
internal sealed class FakeControlDialog : ComponentDialog
{
    public const string Question = "Fake control: ready for weekly check-ins?";
    private const string PromptId = "fake.control.text";

    public FakeControlDialog()
        : base("control")
    {
        AddDialog(new WaterfallDialog("fake.control.steps",
        [
            new WaterfallStep("ask", (step, ct) => step.PromptAsync(PromptId, new PromptOptions { Text = Question }, ct)),
            new WaterfallStep("save", SaveAsync),
        ]));
        AddDialog(new TextPrompt(PromptId));
    }

    private static Task<DialogTurnResult> SaveAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        TurnState.Of(step.State).UpdatePlan(plan => plan with
        {
            Control = plan.Control with
            {
                KpiTargets = [.. plan.Objectives.Select(o => new KpiTarget { ObjectiveId = o.Id, KpiId = "reach", Target = 1000, Deadline = new DateOnly(2027, 9, 1) })],
                CheckInDay = DayOfWeek.Monday,
                CheckInTime = new TimeOnly(9, 0),
            },
        });
        return step.EndDialogAsync(null, cancellationToken);
    }
}
