namespace StrategyBot.App;

// Interview events: EventIds 4000–4499. Answers are never logged: they are the user's business plan.
internal static partial class Log
{
    [LoggerMessage(EventId = 4000, Level = LogLevel.Information, Message = "Interview began at step {Step} (fresh plan: {Fresh})")]
    public static partial void InterviewBegan(ILogger logger, Domain.Planning.SostacStep step, bool fresh);

    [LoggerMessage(EventId = 4001, Level = LogLevel.Debug, Message = "Step dialog {DialogId} began in {Mode} mode")]
    public static partial void StepDialogBegan(ILogger logger, string dialogId, string mode);

    [LoggerMessage(EventId = 4002, Level = LogLevel.Warning, Message = "Step dialog {DialogId} is not registered; the interview passes over it")]
    public static partial void StepDialogMissing(ILogger logger, string dialogId);

    [LoggerMessage(EventId = 4003, Level = LogLevel.Debug, Message = "Interview command {Command} at step {Step}")]
    public static partial void InterviewCommandReceived(ILogger logger, Interview.InterviewCommandKind command, Domain.Planning.SostacStep? step);

    [LoggerMessage(EventId = 4004, Level = LogLevel.Warning, Message = "Quick capture was requested but dialog {DialogId} is not registered")]
    public static partial void QuickCaptureMissing(ILogger logger, string dialogId);

    [LoggerMessage(EventId = 4005, Level = LogLevel.Information, Message = "The user cleared their plan and restarted the interview")]
    public static partial void PlanRestarted(ILogger logger);

    [LoggerMessage(EventId = 4006, Level = LogLevel.Information, Message = "Interview paused at {DialogId}/{Question}")]
    public static partial void InterviewPaused(ILogger logger, string? dialogId, string? question);

    [LoggerMessage(EventId = 4007, Level = LogLevel.Information, Message = "Interview resumed at {DialogId}/{Question}")]
    public static partial void InterviewResumed(ILogger logger, string dialogId, string? question);

    [LoggerMessage(EventId = 4008, Level = LogLevel.Information, Message = "Card answer for {PromptId} arrived while {CurrentPromptId} is asked; re-asking")]
    public static partial void StaleCardAnswer(ILogger logger, string promptId, string? currentPromptId);

    [LoggerMessage(EventId = 4009, Level = LogLevel.Information, Message = "Interview reached the end; plan complete: {Complete}")]
    public static partial void InterviewFinished(ILogger logger, bool complete);
}
