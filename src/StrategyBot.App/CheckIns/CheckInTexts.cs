namespace StrategyBot.App.CheckIns;

/// <summary>
/// The check-in texts, English and Persian side by side so a reviewer reads both at once. Read through
/// <see cref="Localization.Texts"/>; placeholders are plain "{0}", "{1}".
/// </summary>
internal static partial class CheckInTexts
{
    public static IEnumerable<KeyValuePair<CheckInText, (string English, string Persian)>> Entries() =>
        CardEntries().Concat(ResultEntries()).Concat(ReplyEntries()).Concat(AnsweredEntries()).Concat(ExperimentEntries());

    private static KeyValuePair<CheckInText, (string, string)> E(CheckInText key, string english, string persian) =>
        new(key, (english, persian));
}
