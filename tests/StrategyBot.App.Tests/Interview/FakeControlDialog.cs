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
        var plan = TurnState.Of(step.State).PlanCopy();
        // Like the real step, it keeps the targets it does not set (the clicks targets the Tactics' CTAs add).
        plan.Control.KpiTargets = [.. plan.Control.KpiTargets.Where(t => t.KpiId != "reach"), .. plan.Objectives.Select(o => new KpiTarget { ObjectiveId = o.Id, KpiId = "reach", Target = 1000, Deadline = new DateOnly(2027, 9, 1) })];
        plan.Control.CheckInDay = DayOfWeek.Monday;
        plan.Control.CheckInTime = new TimeOnly(9, 0);
        TurnState.Of(step.State).SavePlan(plan);
        return step.EndDialogAsync(null, cancellationToken);
    }
}
