namespace StrategyBot.App;

// Message extension events: EventIds 8000–8099. Goal texts and search words are never logged: they are the user's words.
internal static partial class Log
{
    [LoggerMessage(EventId = 8000, Level = LogLevel.Information,
        Message = "Message extension {Invoke} for command {CommandId} answered with {Answer}")]
    public static partial void MessageExtensionAnswered(ILogger logger, string invoke, string commandId, string answer);

    [LoggerMessage(EventId = 8001, Level = LogLevel.Warning,
        Message = "Message extension {Invoke} was malformed ({Problem}); answered with a message, nothing changed")]
    public static partial void MessageExtensionMalformed(ILogger logger, string? invoke, string problem);

    [LoggerMessage(EventId = 8002, Level = LogLevel.Information,
        Message = "Goal from the message extension saved as objective {ObjectiveId}, number {Number} of the plan; plan started: {StartedPlan}")]
    public static partial void GoalSavedFromExtension(ILogger logger, string objectiveId, int number, bool startedPlan);

    [LoggerMessage(EventId = 8003, Level = LogLevel.Information,
        Message = "Goal from the message extension was already saved as objective {ObjectiveId}; not added twice")]
    public static partial void GoalAlreadySaved(ILogger logger, string objectiveId);
}
