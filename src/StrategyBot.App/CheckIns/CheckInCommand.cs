using System.Text.RegularExpressions;
using StrategyBot.Domain.Text;

namespace StrategyBot.App.CheckIns;

/// <summary>
/// Recognises the check-in commands in English and Persian. A command is the whole message, optionally followed by
/// its argument ("change check-in time to Tuesday 10:00", "time zone Asia/Tehran"), so an interview answer that merely
/// mentions progress is not taken for one.
/// </summary>
internal sealed partial record CheckInCommand(CheckInCommandKind Kind, string Argument)
{
    private static readonly (CheckInCommandKind Kind, Regex Pattern)[] Patterns =
    [
        (CheckInCommandKind.CheckInNow, CheckInNowPattern()),
        (CheckInCommandKind.ShowProgress, ProgressPattern()),
        (CheckInCommandKind.Pause, PausePattern()),
        (CheckInCommandKind.Resume, ResumePattern()),
        (CheckInCommandKind.ChangeTime, ChangeTimePattern()),
        (CheckInCommandKind.TimeZone, TimeZonePattern()),
    ];

    public static CheckInCommand? TryRead(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > 120)
        {
            return null;
        }

        // ForMatching keeps every index in place, so the argument is cut from the original text, digits and all.
        var original = text.Trim();
        var folded = TextNormalizer.ForMatching(original).TrimEnd('.', '!', '?', '؟');
        foreach (var (kind, pattern) in Patterns)
        {
            var match = pattern.Match(folded);
            if (match.Success)
            {
                var argument = match.Groups["arg"];
                return new CheckInCommand(kind, argument.Success ? original.Substring(argument.Index, argument.Length).Trim() : string.Empty);
            }
        }

        return null;
    }

    private const string CheckIns = @"(?:check[\s-]?ins?|گزارش(?:\s?ها)?(?:ی\s+هفتگی|\s+هفتگی)?)";

    [GeneratedRegex(@"^\s*(?:check[\s-]?in(?:\s+now)?|do\s+(?:my|the)\s+check[\s-]?in(?:\s+now)?|گزارش\s+(?:الان|هفتگی(?:\s+الان)?|همین\s+حالا)|الان\s+گزارش(?:\s+بدهم|\s+بدم)?|ثبت\s+گزارش(?:\s+هفتگی)?)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex CheckInNowPattern();

    [GeneratedRegex(@"^\s*(?:(?:show\s+)?(?:me\s+)?my\s+progress|show\s+progress|progress(?:\s+report)?|(?:نمایش\s+)?پیشرفت(?:\s+من)?|پیشرفتم(?:\s+را\s+نشان\s+بده)?|پیشرفت\s+را\s+نشان\s+بده)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex ProgressPattern();

    [GeneratedRegex(@"^\s*(?:(?:pause|stop|mute)\s+(?:the\s+|my\s+)?" + CheckIns + @"|توقف\s+" + CheckIns + @"|" + CheckIns + @"\s+را\s+(?:متوقف\s+کن|قطع\s+کن))\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex PausePattern();

    [GeneratedRegex(@"^\s*(?:(?:resume|restart|unpause|start)\s+(?:the\s+|my\s+)?" + CheckIns + @"|(?:ادامه(?:\s?ی|\u0654)?|از\s?سرگیری)\s+" + CheckIns + @"|" + CheckIns + @"\s+را\s+(?:ادامه\s+بده|از\s?سر\s+بگیر))\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex ResumePattern();

    [GeneratedRegex(@"^\s*(?:change|set|move)\s+(?:the\s+|my\s+)?" + CheckIns + @"\s+(?:time|slot|day)(?:\s+to)?(?:\s+(?<arg>.+))?$|^\s*(?:تغییر\s+(?:زمان|روز|ساعت)\s+" + CheckIns + @")(?:\s+به)?(?:\s+(?<arg>.+))?$", RegexOptions.CultureInvariant)]
    private static partial Regex ChangeTimePattern();

    [GeneratedRegex(@"^\s*(?:(?:change|set)\s+(?:my\s+)?)?time\s?zone(?:\s+to|\s*[:=])?(?:\s+(?<arg>.+))?$|^\s*(?:تغییر\s+)?منطقه(?:\s?ی|\s?ٔ)?\s+زمانی(?:\s+به|\s*:)?(?:\s+(?<arg>.+))?$", RegexOptions.CultureInvariant)]
    private static partial Regex TimeZonePattern();
}
