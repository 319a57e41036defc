using StrategyBot.Domain.Smart;

namespace StrategyBot.App.Interview.Objectives;

/// <summary>
/// The DatePrompt's extra recogniser for the Persian dates Iranian marketers type: "۱۴۰۶/۰۳/۳۱", "۳۱ خرداد ۱۴۰۶",
/// "تا پایان خرداد ۱۴۰۶", "پایان سال", "ظرف ۸ هفته", and the English spans the built-in one lacks ("by end of Q2").
/// It reads dates exactly as the SMART check reads deadlines in an objective, so a date the check accepted in the
/// objective's text is accepted when typed alone too.
/// </summary>
internal static class JalaliDateRecognizer
{
    /// <summary>Matches the <c>DateRecognizer</c> delegate: the date, or null when the text holds none.</summary>
    public static DateOnly? Recognize(string text, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(text);
        return DeadlineParser.TryFind(text, today, out var date) ? date : null;
    }
}
