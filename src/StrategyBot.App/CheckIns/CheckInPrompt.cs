namespace StrategyBot.App.CheckIns;

/// <summary>A question the check-in commands asked, so the next message is read as its answer.</summary>
internal enum CheckInPrompt
{
    Slot,
    TimeZone,
}
