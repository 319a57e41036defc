using StrategyBot.BotFramework.Dialogs;

namespace StrategyBot.App.Interview;

/// <summary>The dialogs of the interview this folder owns: the root, the four step dialogs and their prompts.</summary>
internal static class InterviewDialogs
{
    /// <summary>
    /// A set with the root ("planInterview"), "situation", "strategy", "tactics", "action" and the interview's
    /// prompts. The root finds "objectives", "control" and "quickCapture" in the same set at run time, so they are
    /// added by whoever owns them (see <see cref="InterviewServiceCollectionExtensions.AddInterview"/>).
    /// </summary>
    public static DialogSet Create(TimeProvider time, ILoggerFactory loggers)
    {
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(loggers);
        return new DialogSet(
        [
            new PlanInterviewDialog(time, loggers.CreateLogger<PlanInterviewDialog>()),
            new SituationDialog(time),
            new StrategyDialog(time),
            new TacticsDialog(time),
            new ActionDialog(time),
            .. InterviewPrompts.Create(time),
        ]);
    }
}
