using System.Text;
using StrategyBot.App.Localization;
using StrategyBot.Domain.Planning;

namespace StrategyBot.App.Interview;

/// <summary>The "status" reply: progress through the six steps, one line each, ✓ for the finished ones.</summary>
internal static class PlanStatus
{
    public static string Describe(MarketingPlan plan, Language language, SostacStep? here)
    {
        var progress = SostacProgress.Evaluate(plan);
        var text = new StringBuilder(Texts.Format(language, InterviewText.StatusHeading, progress.CompletedCount));
        foreach (var step in progress.Steps)
        {
            var key = step.State == StepState.Complete ? InterviewText.StatusDone
                : step.Step == here ? InterviewText.StatusHere
                : step.State == StepState.InProgress ? InterviewText.StatusStarted
                : InterviewText.StatusTodo;

            // Two trailing spaces: a markdown line break, so Teams keeps one step per line.
            text.Append("  \n").Append(Texts.Format(language, key, InterviewSteps.Number(step.Step), step.Step));
        }

        return text.ToString();
    }
}
