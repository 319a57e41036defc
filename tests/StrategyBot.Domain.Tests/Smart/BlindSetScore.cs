using System.Globalization;
using StrategyBot.Domain.Planning;
using StrategyBot.Domain.Smart;

namespace StrategyBot.Domain.Tests.Smart;

/// <summary>
/// How the checker's reading of a labelled set compares with the coach's labels, in the terms issue 15 sets its goals
/// in: agreement per criterion and language, deadlines within a few days, and targets within a relative tolerance.
/// </summary>
internal sealed class BlindSetScore
{
    private readonly List<(LabelledRow Row, SmartAssessment Result)> _scored;

    private BlindSetScore(List<(LabelledRow Row, SmartAssessment Result)> scored) => _scored = scored;

    public static BlindSetScore Of(IEnumerable<LabelledRow> rows) =>
        new([.. rows.Select(row => (row, SmartCheck.Assess(row.Text, SmartTestContexts.For(row.Language))))]);

    public int Count(string? language = null) => Rows(language).Count();

    /// <summary>The share of rows whose verdict on <paramref name="criterion"/> matches the label.</summary>
    public double Agreement(SmartCriterion criterion, string? language = null) => (double)Agreed(criterion, language) / Count(language);

    /// <summary>How many rows' verdict on <paramref name="criterion"/> matches the label.</summary>
    public int Agreed(SmartCriterion criterion, string? language = null) =>
        Rows(language).Count(s => s.Result.Passes(criterion) == s.Row.Expected[criterion]);

    /// <summary>Of the rows with a labelled deadline, the share read within <paramref name="days"/> of it.</summary>
    public double DeadlinesWithin(int days, string? language = null) =>
        Rate(Rows(language).Where(s => s.Row.Deadline is not null),
            s => s.Result.Deadline is { } read && Math.Abs(read.DayNumber - s.Row.Deadline!.Value.DayNumber) <= days);

    /// <summary>Of the rows with a labelled target, the share read with the same kind of change and a value within <paramref name="tolerance"/>.</summary>
    public double TargetsWithin(double tolerance, string? language = null) =>
        Rate(Rows(language).Where(s => s.Row.Target is not null), s => TargetMatches(s.Row.Target!, s.Result, tolerance));

    /// <summary>Of the rows with a labelled metric, the share read as that metric.</summary>
    public double Metrics(string? language = null) =>
        Rate(Rows(language).Where(s => s.Row.Metric is not null), s => s.Result.Metric == s.Row.Metric);

    public IEnumerable<string> Disagreements() =>
        from s in _scored
        let misses = Enum.GetValues<SmartCriterion>().Where(c => s.Result.Passes(c) != s.Row.Expected[c]).ToList()
        let fields = s.Row.FieldMismatches(s.Result).ToList()
        where misses.Count + fields.Count > 0
        select $"{s.Row.Id}: criteria [{string.Join(",", misses)}] {string.Join("; ", fields)}";

    private IEnumerable<(LabelledRow Row, SmartAssessment Result)> Rows(string? language) =>
        language is null ? _scored : _scored.Where(s => s.Row.Language == language);

    private static double Rate<T>(IEnumerable<T> items, Func<T, bool> agrees)
    {
        var list = items.ToList();
        return list.Count == 0 ? 1 : (double)list.Count(agrees) / list.Count;
    }

    // Labels: "+20%" a relative increase, "-30%" a decrease, "+500" an absolute increase, "6000" a level.
    private static bool TargetMatches(string label, SmartAssessment result, double tolerance)
    {
        if (result.TargetValue is not { } value)
        {
            return false;
        }

        var percent = label.EndsWith('%');
        var sign = label[0] is '+' or '-' ? label[0] : ' ';
        var expected = double.Parse(label.Trim('+', '-', '%'), CultureInfo.InvariantCulture);
        var change = result.Change switch
        {
            TargetChange.Increase => '+',
            TargetChange.Decrease => '-',
            _ => ' ',
        };
        return change == sign
            && percent == (result.Unit == TargetUnit.Percent)
            && Math.Abs((double)value - expected) <= tolerance * Math.Abs(expected);
    }
}
