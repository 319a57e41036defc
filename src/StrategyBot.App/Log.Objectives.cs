namespace StrategyBot.App;

// Objectives, Control and quick capture: EventIds 4500–4999. Objective texts are never logged: they are the user's words.
internal static partial class Log
{
    [LoggerMessage(EventId = 4500, Level = LogLevel.Information,
        Message = "SMART check passed {Passed} of 5 criteria ({Failed}) for a {Source} objective")]
    public static partial void SmartChecked(ILogger logger, int passed, string failed, string source);

    [LoggerMessage(EventId = 4501, Level = LogLevel.Information,
        Message = "Objective {ObjectiveId} saved as number {Number} of the plan ({Passed} of 5 criteria pass)")]
    public static partial void ObjectiveSaved(ILogger logger, string objectiveId, int number, int passed);

    [LoggerMessage(EventId = 4502, Level = LogLevel.Information,
        Message = "Objective {ObjectiveId} kept although it fails {Criterion}, as the user chose")]
    public static partial void ObjectiveKeptAnyway(ILogger logger, string objectiveId, string criterion);

    [LoggerMessage(EventId = 4503, Level = LogLevel.Information,
        Message = "Objective not added: the plan already has the maximum of {Max} objectives")]
    public static partial void ObjectiveCapReached(ILogger logger, int max);

    [LoggerMessage(EventId = 4504, Level = LogLevel.Information,
        Message = "Unrealistic growth flagged: {Implied}% a month implied against a ceiling of {Limit}%")]
    public static partial void GrowthFlagged(ILogger logger, decimal implied, decimal limit);


    [LoggerMessage(EventId = 4511, Level = LogLevel.Information,
        Message = "Quick capture ended; objective saved: {Saved}")]
    public static partial void QuickCaptureEnded(ILogger logger, bool saved);

    [LoggerMessage(EventId = 4520, Level = LogLevel.Information,
        Message = "KPI {KpiId} targeted for objective {ObjectiveId}")]
    public static partial void KpiTargetSaved(ILogger logger, string kpiId, string objectiveId);

    [LoggerMessage(EventId = 4521, Level = LogLevel.Information,
        Message = "Weekly check-in set to {Day} {Time} in {TimeZone}")]
    public static partial void CheckInSlotSaved(ILogger logger, DayOfWeek day, TimeOnly time, string timeZone);

    [LoggerMessage(EventId = 4522, Level = LogLevel.Warning,
        Message = "Teams sent time zone {TimeZone}, which this machine does not know; asking the user instead")]
    public static partial void UnknownTeamsTimeZone(ILogger logger, string timeZone);


}
