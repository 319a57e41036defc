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

    /// <summary>
    /// "same" at a date question about an item that has no date yet (the second action's due date): the date the
    /// previous item has. Each is also a "keep" command, so where the item has a date it keeps that.
    /// </summary>
    public static readonly IReadOnlyList<string> Same = ["same", "same date", "the same", "same day", "همان", "همون", "همان تاریخ", "همون تاریخ", "همان روز"];

    /// <summary>Short forms of "change time zone" under the check-in slot question.</summary>
    public static readonly IReadOnlyList<string> ChangeTimeZone = ["time zone", "timezone", "zone", "منطقه زمانی"];
}
