namespace StrategyBot.App.CheckIns;

internal static partial class CheckInTexts
{
    private static IEnumerable<KeyValuePair<CheckInText, (string, string)>> ExperimentEntries() =>
    [
        E(CheckInText.ExperimentAskResult,
            "Your A/B test \"{0}\" ended on {1}. Which won: A ({2}), B ({3}), or was there no difference?",
            "آزمون A/B شما «{0}» در {1} تمام شد. کدام برنده شد: A ({2})، B ({3})، یا تفاوتی نبود؟"),
        E(CheckInText.ExperimentChoiceA, "A", "A"),
        E(CheckInText.ExperimentChoiceB, "B", "B"),
        E(CheckInText.ExperimentChoiceSame, "No difference", "تفاوتی نبود"),
        E(CheckInText.ExperimentAskChange,
            "Noted: {0}. What changes in your plan because of it?",
            "ثبت شد: {0}. به خاطر این نتیجه چه چیزی در برنامه‌تان تغییر می‌کند؟"),
        E(CheckInText.ExperimentSaved,
            "Saved to your plan: {0}. Change: {1}.",
            "در برنامه‌تان ثبت شد: {0}. تغییر: {1}."),
        E(CheckInText.ExperimentWinner, "{0} won ({1})", "{0} برنده شد ({1})"),
        E(CheckInText.ExperimentNoDifference, "no difference", "تفاوتی نبود"),
        E(CheckInText.ExperimentPending, "result pending", "در انتظار نتیجه"),
    ];
}
