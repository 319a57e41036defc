using System.Diagnostics.Tracing;
using System.Globalization;
using Microsoft.Diagnostics.NETCore.Client;
using Microsoft.Diagnostics.Tracing;

namespace StrategyBot.Bench;

/// <summary>
/// Reads another .NET process's own System.Diagnostics.Metrics instruments over EventPipe (what dotnet-counters does),
/// so storage round trips are the bot's count, not the bench's guess, and the app needs no extra endpoint. The
/// runtime publishes each interval's delta (counters: "rate"; histograms: "count" and "sum"), which are summed here.
/// </summary>
internal sealed class MetricsListener : IAsyncDisposable
{
    private const string Provider = "System.Diagnostics.Metrics";

    private readonly EventPipeSession _session;
    private readonly EventPipeEventSource _source;
    private readonly Task _processing;
    private readonly string _sessionId;
    private readonly Lock _lock = new();
    private readonly Dictionary<string, double> _totals = new(StringComparer.Ordinal);
    private readonly List<string> _errors = [];

    private MetricsListener(EventPipeSession session, string sessionId)
    {
        _session = session;
        _sessionId = sessionId;
        _source = new EventPipeEventSource(session.EventStream);
        _source.Dynamic.All += OnEvent;
        _processing = Task.Run(() => _source.Process());
    }

    /// <summary>Errors the runtime reported about the session (limits reached, a second session…).</summary>
    public IReadOnlyList<string> Errors
    {
        get
        {
            lock (_lock)
            {
                return [.. _errors];
            }
        }
    }

    public static MetricsListener Start(int pid, IEnumerable<string> meters)
    {
        var sessionId = Guid.NewGuid().ToString("N");
        var arguments = new Dictionary<string, string>
        {
            ["SessionId"] = sessionId,
            ["Metrics"] = string.Join(',', meters),
            ["RefreshInterval"] = "1",
            ["MaxTimeSeries"] = "1000",
            ["MaxHistograms"] = "100",
        };

        // Keywords: 0x1 messages (errors), 0x2 time-series values.
        var provider = new EventPipeProvider(Provider, EventLevel.Informational, 0x3, arguments);
        var session = new DiagnosticsClient(pid).StartEventPipeSession([provider], requestRundown: false, circularBufferMB: 16);
        return new MetricsListener(session, sessionId);
    }

    /// <summary>
    /// Running totals so far, keyed "instrument{tags}" for counter sums and "instrument{tags}#count" / "#sum" for
    /// histograms (plus "#p99max", a running maximum, not a total), and "instrument{tags}#last" for a gauge's latest value. Wait more than one refresh interval after the load stops before reading, so its last delta is in.
    /// </summary>
    public Dictionary<string, double> Snapshot()
    {
        lock (_lock)
        {
            return new Dictionary<string, double>(_totals, StringComparer.Ordinal);
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await _session.StopAsync(CancellationToken.None);
        }
        catch (ServerNotAvailableException)
        {
            // The process has already exited.
        }

        await _processing.WaitAsync(TimeSpan.FromSeconds(10));
        _source.Dispose();
        _session.Dispose();
    }

    private void OnEvent(TraceEvent e)
    {
        if (e.ProviderName != Provider || e.PayloadByName("sessionId") as string != _sessionId)
        {
            return;
        }

        var key = $"{e.PayloadByName("instrumentName")}{{{e.PayloadByName("tags")}}}";
        switch (e.EventName)
        {
            case "CounterRateValuePublished":
                if (double.TryParse(e.PayloadByName("rate") as string, NumberStyles.Float, CultureInfo.InvariantCulture, out var rate))
                {
                    Add(key, rate);
                }

                break;
            case "GaugeValuePublished":
                if (double.TryParse(e.PayloadByName("lastValue") as string, NumberStyles.Float, CultureInfo.InvariantCulture, out var last))
                {
                    lock (_lock)
                    {
                        _totals[key + "#last"] = last;
                    }
                }

                break;
            case "HistogramValuePublished":
                Add(key + "#count", Convert.ToDouble(e.PayloadByName("count"), CultureInfo.InvariantCulture));
                Add(key + "#sum", Convert.ToDouble(e.PayloadByName("sum"), CultureInfo.InvariantCulture));
                KeepHighestP99(key, e.PayloadByName("quantiles") as string);
                break;
            case { } name when name.Contains("Error", StringComparison.Ordinal) || name.Contains("LimitReached", StringComparison.Ordinal):
                lock (_lock)
                {
                    _errors.Add(name + ": " + (e.PayloadByName("errorMessage") ?? e.PayloadByName("error")));
                }

                break;
        }
    }

    // "0.5=1;0.95=2;0.99=2": the runtime's quantiles of one interval. The highest p99 seen is kept as "#p99max".
    private void KeepHighestP99(string key, string? quantiles)
    {
        var p99 = quantiles?.Split(';').FirstOrDefault(q => q.StartsWith("0.99=", StringComparison.Ordinal));
        if (p99 is not null && double.TryParse(p99[5..], NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            lock (_lock)
            {
                _totals[key + "#p99max"] = Math.Max(_totals.GetValueOrDefault(key + "#p99max"), value);
            }
        }
    }

    private void Add(string key, double value)
    {
        lock (_lock)
        {
            _totals[key] = _totals.GetValueOrDefault(key) + value;
        }
    }
}
