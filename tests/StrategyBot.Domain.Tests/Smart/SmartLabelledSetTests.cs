using System.Globalization;
using StrategyBot.Domain.Smart;
using Xunit.Abstractions;

namespace StrategyBot.Domain.Tests.Smart;

public sealed class SmartLabelledSetTests(ITestOutputHelper output)
{
    private const double RequiredAgreement = 0.90;

    [Fact]
    public void Assess_LabelledSet_AgreesWithCoachLabelsAtLeastNinetyPercent()
    {
        var rows = LabelledRow.Load(Path.Combine(AppContext.BaseDirectory, "Smart", "SmartLabelledSet.tsv"));
        var scores = rows.Select(Score).ToList();

        var all = Tally.Of(scores);
        Report(string.Create(CultureInfo.InvariantCulture, $"SMART agreement: {all.Agreed}/{all.Decisions} = {all.Rate:P1} (criterion decisions over {rows.Count} objectives, {rows.Count(r => r.Language == "fa")} Persian)"));
        foreach (var group in scores.GroupBy(s => s.Row.Batch))
        {
            var tally = Tally.Of(group);
            Report(string.Create(CultureInfo.InvariantCulture, $"  {group.Key}: {tally.Agreed}/{tally.Decisions} = {tally.Rate:P1}; all five agree on {tally.Exact}/{group.Count()}; extraction {tally.FieldsAgreed}/{tally.Fields}"));
        }

        foreach (var miss in scores.Where(s => s.Misses.Count + s.FieldMisses.Count > 0))
        {
            Report($"  {miss.Row.Id}: criteria [{string.Join(",", miss.Misses)}] {string.Join("; ", miss.FieldMisses)}");
        }

        Assert.True(rows.Count >= 60, $"The labelled set needs at least 60 objectives, has {rows.Count}.");
        Assert.True(rows.Count(r => r.Language == "fa") * 3 >= rows.Count, "About half the set must be Persian.");
        Assert.True(all.Rate >= RequiredAgreement, $"SMART agreement {all.Rate:P1} is below {RequiredAgreement:P0}.");
        Assert.True(all.FieldRate >= RequiredAgreement, $"Extraction agreement {all.FieldRate:P1} is below {RequiredAgreement:P0}.");
    }

    private static RowScore Score(LabelledRow row)
    {
        var result = SmartCheck.Assess(row.Text, SmartTestContexts.For(row.Language));
        var misses = Enum.GetValues<SmartCriterion>().Where(c => result.Passes(c) != row.Expected[c]).ToList();
        return new RowScore(row, misses, row.FieldMismatches(result).ToList());
    }

    private void Report(string line)
    {
        output.WriteLine(line);
        Console.WriteLine(line);
    }

    private sealed record RowScore(LabelledRow Row, IReadOnlyList<SmartCriterion> Misses, IReadOnlyList<string> FieldMisses);

    private sealed record Tally(int Agreed, int Decisions, int Exact, int FieldsAgreed, int Fields)
    {
        public double Rate => (double)Agreed / Decisions;

        public double FieldRate => (double)FieldsAgreed / Fields;

        public static Tally Of(IEnumerable<RowScore> scores)
        {
            var list = scores.ToList();
            var criteria = Enum.GetValues<SmartCriterion>().Length;
            return new Tally(
                list.Sum(s => criteria - s.Misses.Count),
                list.Count * criteria,
                list.Count(s => s.Misses.Count == 0),
                list.Sum(s => s.Row.CheckedFieldCount - s.FieldMisses.Count),
                list.Sum(s => s.Row.CheckedFieldCount));
        }
    }
}
