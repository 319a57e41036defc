using Microsoft.Extensions.Logging;

namespace StrategyBot.BotFramework;

internal static partial class FrameworkLog
{
    [LoggerMessage(EventId = 2000, Level = LogLevel.Information,
        Message = "Dialog {DialogId} changed from version {OldVersion} to {NewVersion}; resuming at step {Step}")]
    public static partial void DialogResumedAfterVersionChange(
        ILogger logger, string dialogId, string oldVersion, string newVersion, string? step);

    [LoggerMessage(EventId = 2001, Level = LogLevel.Warning,
        Message = "Dialog {DialogId} changed from version {OldVersion} to {NewVersion} and step {Step} no longer exists; restarting it with its values")]
    public static partial void DialogRestartedAfterVersionChange(
        ILogger logger, string dialogId, string oldVersion, string newVersion, string? step);

    [LoggerMessage(EventId = 2002, Level = LogLevel.Warning,
        Message = "Dialog {DialogId} on the persisted stack no longer exists; it and {Removed} dialog(s) above it were removed")]
    public static partial void DialogMissingFromStack(ILogger logger, string dialogId, int removed);

    [LoggerMessage(EventId = 2003, Level = LogLevel.Warning,
        Message = "The persisted dialog stack could not be read; starting over")]
    public static partial void DialogStackUnreadable(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 2004, Level = LogLevel.Debug,
        Message = "Dialog turn ended with {Status}; stack depth {Depth}")]
    public static partial void DialogTurnEnded(ILogger logger, Dialogs.DialogTurnStatus status, int depth);
}
