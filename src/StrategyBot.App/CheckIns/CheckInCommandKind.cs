namespace StrategyBot.App.CheckIns;

/// <summary>The typed commands of the check-ins.</summary>
internal enum CheckInCommandKind
{
    CheckInNow,
    ShowProgress,
    Pause,
    Resume,
    ChangeTime,
    TimeZone,
}
