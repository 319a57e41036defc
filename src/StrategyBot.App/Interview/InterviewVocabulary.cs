namespace StrategyBot.App.Interview;

/// <summary>
/// Words the interview recognises inside a question, in English and Persian, beside the button titles the
/// catalogues give (the commands that work anywhere are in <see cref="InterviewCommands"/>). They are input, not
/// output: no user sees them, so they live here rather than in a text catalogue.
/// </summary>
internal static class InterviewVocabulary
{
    /// <summary>"remove" under a persona or competitor being edited.</summary>
    public static readonly IReadOnlyList<string> Remove =
        ["remove", "delete", "remove it", "remove this persona", "remove this competitor", "حذف", "حذف کن", "حذفش کن", "حذف این پرسونا", "حذف این رقیب"];

    /// <summary>"keep it" under a SMART finding: keep the objective as it is.</summary>
    public static readonly IReadOnlyList<string> KeepAnyway = ["keep", "keep it", "نگه دار"];

    /// <summary>Short forms of "change time zone" under the check-in slot question.</summary>
    public static readonly IReadOnlyList<string> ChangeTimeZone = ["time zone", "timezone", "zone", "منطقه زمانی"];
}
