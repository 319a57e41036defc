namespace StrategyBot.App.CheckIns;

internal static partial class CheckInTexts
{
    private static IEnumerable<KeyValuePair<CheckInText, (string, string)>> AnsweredEntries() =>
    [
        E(CheckInText.AnsweredReceived, "Numbers received ✓", "اعداد دریافت شد ✓"),
        E(CheckInText.AnsweredSnoozed, "Snoozed until {0}", "یادآوری دوباره: {0}"),
        E(CheckInText.AnsweredSkipped, "Skipped", "رد شد"),
        E(CheckInText.AnsweredSkippedWithReason, "Skipped: {0}", "رد شد: {0}"),
        E(CheckInText.AnsweredPaused, "Check-ins paused", "گزارش‌ها متوقف شد"),
    ];
}
