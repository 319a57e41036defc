using StrategyBot.Domain.Planning;
using StrategyBot.Domain.Text;

namespace StrategyBot.App.Interview;

/// <summary>
/// A platform's weekly rhythm as typed: posts separated by commas, semicolons or lines, each a day, a format and
/// optionally its pillar in brackets: "Mon reel (recipes), Wed carousel (tips), Fri story (behind the scenes)",
/// "دوشنبه ریلز (دستور پخت)، چهارشنبه اسلایدی". "daily" («روزانه», «هر روز») puts the post on every day.
/// </summary>
internal static class RhythmAnswer
{
    public const int MaxSlots = 21;
    private static readonly char[] Separators = [',', ';', '؛', '\n'];

    // Longest first, so "سه شنبه" is not read as "شنبه" and "thursday" not as "thu".
    private static readonly (string Name, DayOfWeek? Day)[] Days =
    [
        ("چهارشنبه", DayOfWeek.Wednesday), ("چهار شنبه", DayOfWeek.Wednesday), ("پنجشنبه", DayOfWeek.Thursday), ("پنج شنبه", DayOfWeek.Thursday),
        ("سه شنبه", DayOfWeek.Tuesday), ("سهشنبه", DayOfWeek.Tuesday), ("دوشنبه", DayOfWeek.Monday), ("دو شنبه", DayOfWeek.Monday),
        ("یکشنبه", DayOfWeek.Sunday), ("یک شنبه", DayOfWeek.Sunday), ("جمعه", DayOfWeek.Friday), ("شنبه", DayOfWeek.Saturday),
        ("روزانه", null), ("هر روز", null), ("every day", null), ("everyday", null), ("daily", null),
        ("wednesday", DayOfWeek.Wednesday), ("thursday", DayOfWeek.Thursday), ("saturday", DayOfWeek.Saturday), ("tuesday", DayOfWeek.Tuesday),
        ("monday", DayOfWeek.Monday), ("friday", DayOfWeek.Friday), ("sunday", DayOfWeek.Sunday),
        ("thurs", DayOfWeek.Thursday), ("tues", DayOfWeek.Tuesday), ("wed", DayOfWeek.Wednesday), ("thu", DayOfWeek.Thursday),
        ("sat", DayOfWeek.Saturday), ("tue", DayOfWeek.Tuesday), ("mon", DayOfWeek.Monday), ("fri", DayOfWeek.Friday), ("sun", DayOfWeek.Sunday),
    ];

    /// <summary>Reads an answer the prompt's validator already accepted.</summary>
    public static IReadOnlyList<CalendarSlot> Parse(string text) =>
        TryParse(text, out var slots, out _) ? slots : throw new FormatException("The rhythm was accepted but does not parse.");

    public static bool TryParse(string text, out IReadOnlyList<CalendarSlot> slots, out AnswerProblem? problem)
    {
        ArgumentNullException.ThrowIfNull(text);
        var found = new List<CalendarSlot>();
        slots = found;
        foreach (var item in text.Replace('،', ',').Split(Separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!TryReadDay(item, out var day, out var rest))
            {
                problem = new AnswerProblem(InterviewText.RetryRhythmDay, QuestionScope.Quote(item, 40));
                return false;
            }

            var (format, pillar) = Split(rest);
            if (format.Length == 0)
            {
                problem = new AnswerProblem(InterviewText.RetryRhythm);
                return false;
            }

            DayOfWeek[] days = day is { } one ? [one] : Enum.GetValues<DayOfWeek>();
            found.AddRange(days.Select(d => new CalendarSlot { Day = d, Format = format, Pillar = pillar }));
        }

        problem = found.Count is 0 or > MaxSlots ? new AnswerProblem(InterviewText.RetryRhythm) : null;
        return problem is null;
    }

    // The day is matched on the folded text, which keeps every index, and cut from the original.
    private static bool TryReadDay(string item, out DayOfWeek? day, out string rest)
    {
        var folded = TextNormalizer.ForMatching(item);
        foreach (var (name, value) in Days)
        {
            if (folded.StartsWith(name, StringComparison.Ordinal) && (folded.Length == name.Length || !char.IsLetter(folded[name.Length])))
            {
                day = value;
                rest = item[name.Length..].TrimStart('.', ':', ' ', '-', '–', '—');
                return true;
            }
        }

        day = null;
        rest = item;
        return false;
    }

    private static (string Format, string? Pillar) Split(string rest)
    {
        var open = rest.IndexOf('(', StringComparison.Ordinal);
        if (open < 0)
        {
            return (rest.Trim(), null);
        }

        var close = rest.IndexOf(')', open);
        var pillar = (close > open ? rest[(open + 1)..close] : rest[(open + 1)..]).Trim();
        return (rest[..open].Trim(), pillar.Length == 0 ? null : pillar);
    }
}
