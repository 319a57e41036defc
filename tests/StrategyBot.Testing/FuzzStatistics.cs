using System.Globalization;

namespace StrategyBot.Testing;

/// <summary>Counts fuzz outcomes by status code and by case kind, for the run's printed summary.</summary>
public sealed class FuzzStatistics
{
    private readonly SortedDictionary<int, int> _byStatus = [];
    private readonly SortedDictionary<string, int> _byKind = new(StringComparer.Ordinal);

    public int Cases { get; private set; }

    public IReadOnlyDictionary<int, int> ByStatus => _byStatus;

    public void Record(FuzzCase fuzzCase, int status)
    {
        ArgumentNullException.ThrowIfNull(fuzzCase);
        Cases++;
        _byStatus[status] = _byStatus.GetValueOrDefault(status) + 1;
        _byKind[fuzzCase.Kind] = _byKind.GetValueOrDefault(fuzzCase.Kind) + 1;
    }

    public int Count(int status) => _byStatus.GetValueOrDefault(status);

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Cases} cases; status histogram: {string.Join(", ", _byStatus.Select(p => $"{p.Key}: {p.Value}"))}; " +
        $"kinds: {string.Join(", ", _byKind.Select(p => $"{p.Key} {p.Value}"))}");
}
