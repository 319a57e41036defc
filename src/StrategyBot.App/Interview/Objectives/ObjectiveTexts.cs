namespace StrategyBot.App.Interview.Objectives;

/// <summary>
/// The texts of the Objectives and Control steps, English and Persian side by side so a reviewer reads both at once.
/// Read through <see cref="Localization.Texts"/>; placeholders are plain "{0}", "{1}".
/// </summary>
internal static partial class ObjectiveTexts
{
    public static IEnumerable<KeyValuePair<ObjectiveText, (string English, string Persian)>> Entries() =>
        SmartEntries().Concat(InterviewEntries()).Concat(ControlEntries());

    private static KeyValuePair<ObjectiveText, (string, string)> E(ObjectiveText key, string english, string persian) =>
        new(key, (english, persian));
}
