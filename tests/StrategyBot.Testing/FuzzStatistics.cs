using System.Globalization;

namespace StrategyBot.Testing;

/// <summary>Counts fuzz outcomes by status code and by case kind, for the run's printed summary.</summary>
public sealed class FuzzStatistics
{
    private readonly SortedDictionary<int, int> _byStatus = [];
    private readonly SortedDictionary<string, int> _byKind = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, TimeSpan> _timeByKind = new(StringComparer.Ordinal);

    public int Cases { get; private set; }

    public IReadOnlyDictionary<int, int> ByStatus => _byStatus;

    public void Record(FuzzCase fuzzCase, int status, TimeSpan elapsed = default)
    {
        ArgumentNullException.ThrowIfNull(fuzzCase);
        Cases++;
        _byStatus[status] = _byStatus.GetValueOrDefault(status) + 1;
        _byKind[fuzzCase.Kind] = _byKind.GetValueOrDefault(fuzzCase.Kind) + 1;
        _timeByKind[fuzzCase.Kind] = _timeByKind.GetValueOrDefault(fuzzCase.Kind) + elapsed;
    }

    public int Count(int status) => _byStatus.GetValueOrDefault(status);

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Cases} cases; status histogram: {string.Join(", ", _byStatus.Select(p => $"{p.Key}: {p.Value}"))}; " +
        $"kinds (count, mean ms): {string.Join(", ", _byKind.Select(p => $"{p.Key} {p.Value} {_timeByKind[p.Key].TotalMilliseconds / p.Value:F1}"))}");
}
