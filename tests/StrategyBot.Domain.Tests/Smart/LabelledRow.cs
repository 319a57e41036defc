using System.Globalization;
using StrategyBot.Domain.Planning;
using StrategyBot.Domain.Smart;

namespace StrategyBot.Domain.Tests.Smart;

/// <summary>One row of SmartLabelledSet.tsv: the objective, the coach's verdicts and the expected extraction.</summary>
internal sealed class LabelledRow
{
    public required string Id { get; init; }

    public required string Language { get; init; }

    public required string Text { get; init; }

    public required IReadOnlyDictionary<SmartCriterion, bool> Expected { get; init; }

    public ObjectiveMetric? Metric { get; init; }

    public string? Target { get; init; }

    public DateOnly? Deadline { get; init; }

    public string Batch => Id[0] switch { 'H' => "held-out 1", 'K' => "held-out 2", _ => "development" };

    public int CheckedFieldCount => (Metric is null ? 0 : 1) + (Target is null ? 0 : 1) + (Deadline is null ? 0 : 1);

    public static IReadOnlyList<LabelledRow> Load(string path) =>
        File.ReadAllLines(path)
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(Parse)
            .ToList();

    public IEnumerable<string> FieldMismatches(SmartAssessment result)
    {
        if (Metric is { } metric && result.Metric != metric)
        {
            yield return $"metric {result.Metric} != {metric}";
        }

        if (Target is { } target && Describe(result) != target)
        {
            yield return $"target {Describe(result)} != {target}";
        }

        if (Deadline is { } deadline && result.Deadline != deadline)
        {
            yield return $"deadline {result.Deadline:yyyy-MM-dd} != {deadline:yyyy-MM-dd}";
        }
    }

    // "+20%" relative increase, "-30%" decrease, "+500" absolute increase, "6000" level.
    private static string Describe(SmartAssessment result)
    {
        if (result.TargetValue is not { } value)
        {
            return "none";
        }

        var number = value.ToString("0.##", CultureInfo.InvariantCulture);
        var sign = result.Change switch
        {
            TargetChange.Increase => "+",
            TargetChange.Decrease => "-",
            _ => "",
        };
        return sign + number + (result.Unit == TargetUnit.Percent ? "%" : "");
    }

    private static LabelledRow Parse(string line)
    {
        var f = line.Split('\t');
        var criteria = Enum.GetValues<SmartCriterion>();
        return new LabelledRow
        {
            Id = f[0],
            Language = f[1],
            Expected = criteria.Select((c, i) => (c, f[2 + i] == "1")).ToDictionary(x => x.c, x => x.Item2),
            Metric = f[7].Length == 0 ? null : Enum.Parse<ObjectiveMetric>(f[7]),
            Target = f[8].Length == 0 ? null : f[8],
            Deadline = f[9].Length == 0 ? null : DateOnly.ParseExact(f[9], "yyyy-MM-dd", CultureInfo.InvariantCulture),
            Text = f[10],
        };
    }
}
