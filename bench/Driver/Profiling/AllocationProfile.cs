using System.Diagnostics.Tracing;
using System.Globalization;
using System.Text;
using Microsoft.Diagnostics.NETCore.Client;
using Microsoft.Diagnostics.Tracing.Etlx;
using Microsoft.Diagnostics.Tracing.Parsers.Clr;

namespace StrategyBot.Bench.Profiling;

/// <summary>
/// An allocation profile of another .NET process by stage of the turn: an EventPipe session on the runtime's GC
/// AllocationTick event (one event per ~100 KB allocated on a thread, with the type of the object that crossed the mark
/// and the managed call stack; what dotnet-trace's gc-verbose profile records), resolved with the method rundown at the
/// end of the session, then every sample's bytes charged to the stage its stack names (<see cref="AllocationStages"/>).
/// A sample stands for the ~100 KB before it, so the split is statistical: good to a few per cent with thousands of
/// samples, which a profiling round of 64+ interviews gives.
/// </summary>
internal sealed class AllocationProfile : IAsyncDisposable
{
    // GC (0x1) at Verbose gives AllocationTick; Loader (0x8) and JIT (0x10) name the code the stacks point into.
    private const long Keywords = 0x1 | 0x8 | 0x10;

    private readonly EventPipeSession _session;
    private readonly string _tracePath;
    private readonly FileStream _file;
    private readonly Task _copying;

    private AllocationProfile(EventPipeSession session, string tracePath)
    {
        _session = session;
        _tracePath = tracePath;
        _file = File.Create(tracePath);
        _copying = session.EventStream.CopyToAsync(_file);
    }

    public static AllocationProfile Start(int pid, string tracePath)
    {
        var provider = new EventPipeProvider("Microsoft-Windows-DotNETRuntime", EventLevel.Verbose, Keywords);
        var session = new DiagnosticsClient(pid).StartEventPipeSession([provider], requestRundown: true, circularBufferMB: 256);
        return new AllocationProfile(session, tracePath);
    }

    /// <summary>Stops the session (the rundown follows) and returns the Markdown tables for <paramref name="turns"/> turns.</summary>
    public async Task<string> StopAndAnalyseAsync(long turns, CancellationToken cancellationToken)
    {
        await _session.StopAsync(cancellationToken);
        await _copying.WaitAsync(TimeSpan.FromSeconds(60), cancellationToken);
        await _file.DisposeAsync();
        return Analyse(_tracePath, turns);
    }

    public async ValueTask DisposeAsync()
    {
        _session.Dispose();
        await _file.DisposeAsync();
    }

    /// <summary>Analyses a trace written earlier (the driver's <c>alloc-analyse FILE TURNS</c>), e.g. to try other stage rules.</summary>
    public static string Analyse(string tracePath, long turns)
    {
        // A converted copy is reused only when it is newer than the trace (a later run writes the trace again).
        var converted = tracePath + ".etlx";
        var etlx = File.Exists(converted) && File.GetLastWriteTimeUtc(converted) >= File.GetLastWriteTimeUtc(tracePath)
            ? converted
            : TraceLog.CreateFromEventPipeDataFile(tracePath, converted);
        using var log = new TraceLog(etlx);
        var byStage = new Dictionary<string, double>(StringComparer.Ordinal);
        var byStageType = new Dictionary<(string, string), double>();
        var byFrame = new Dictionary<string, double>(StringComparer.Ordinal);
        var byLibraryFrame = new Dictionary<(string, string), double>();
        double total = 0;
        long samples = 0;
        long unresolved = 0;
        var frames = new List<string>(128);
        var source = log.Events.GetSource();
        source.Clr.GCAllocationTick += (GCAllocationTickTraceData data) =>
        {
            frames.Clear();
            for (var frame = data.CallStack(); frame is not null; frame = frame.Caller)
            {
                var name = frame.CodeAddress.FullMethodName;
                if (string.IsNullOrEmpty(name))
                {
                    unresolved++;
                    continue;
                }

                frames.Add(name);
            }

            double bytes = data.AllocationAmount64;
            total += bytes;
            samples++;
            var stage = AllocationStages.Classify(frames);
            Add(byStage, stage, bytes);
            byStageType[(stage, data.TypeName)] = byStageType.GetValueOrDefault((stage, data.TypeName)) + bytes;
            if (frames.FirstOrDefault(IsLibraryFrame) is { } library)
            {
                byLibraryFrame[(stage, library)] = byLibraryFrame.GetValueOrDefault((stage, library)) + bytes;
            }

            if (frames.FirstOrDefault(f => f.StartsWith("StrategyBot.", StringComparison.Ordinal)) is { } ours)
            {
                Add(byFrame, ours, bytes);
            }
        };
        source.Process();

        var text = new StringBuilder();
        var inv = CultureInfo.InvariantCulture;
        text.AppendLine(inv, $"{samples:N0} AllocationTick samples, {total / 1048576:0} MB, over {turns:N0} turns: {total / turns / 1024:0.0} KB per turn by this count ({unresolved:N0} unresolved frames skipped).");
        text.AppendLine();
        text.AppendLine("| stage | KB/turn | share | largest types (share of the stage) |");
        text.AppendLine("|---|---:|---:|---|");
        foreach (var (stage, bytes) in byStage.OrderByDescending(p => p.Value))
        {
            var types = byStageType.Where(p => p.Key.Item1 == stage).OrderByDescending(p => p.Value).Take(3)
                .Select(p => string.Create(inv, $"{Short(p.Key.Item2)} {p.Value / bytes:P0}"));
            text.AppendLine(inv, $"| {stage} | {bytes / turns / 1024:0.0} | {bytes / total:P1} | {string.Join(", ", types)} |");
        }

        text.AppendLine();
        text.AppendLine("Our frame nearest each allocation (top 30):");
        text.AppendLine();
        text.AppendLine("| frame | KB/turn |");
        text.AppendLine("|---|---:|");
        foreach (var (frame, bytes) in byFrame.OrderByDescending(p => p.Value).Take(30))
        {
            text.AppendLine(inv, $"| `{Short(frame)}` | {bytes / turns / 1024:0.0} |");
        }

        text.AppendLine();
        text.AppendLine("Innermost frame outside the BCL's collections, text and buffers, in the five largest stages (top 8 each):");
        foreach (var (stage, stageBytes) in byStage.OrderByDescending(p => p.Value).Take(5))
        {
            text.AppendLine();
            text.AppendLine(inv, $"*{stage}* ({stageBytes / turns / 1024:0.0} KB/turn):");
            text.AppendLine();
            foreach (var ((_, frame), bytes) in byLibraryFrame.Where(p => p.Key.Item1 == stage).OrderByDescending(p => p.Value).Take(8))
            {
                text.AppendLine(inv, $"- `{Short(frame)}` {bytes / turns / 1024:0.0}");
            }
        }

        return text.ToString();
    }

    private static readonly string[] s_plumbing =
    [
        "System.Collections.", "System.Text.", "System.Buffers.", "System.String", "System.Linq.", "System.Runtime.",
        "System.Array", "System.Number", "System.Convert", "System.Buffer", "System.SpanHelpers", "System.Threading.Tasks.",
        "System.IO.MemoryStream", "System.GC", "System.Enum", "System.Span", "System.Memory", "System.ThrowHelper",
    ];

    private static bool IsLibraryFrame(string frame) => !s_plumbing.Any(p => frame.StartsWith(p, StringComparison.Ordinal));

    private static void Add(Dictionary<string, double> map, string key, double value) =>
        map[key] = map.GetValueOrDefault(key) + value;

    private static string Short(string name)
    {
        var paren = name.IndexOf('(', StringComparison.Ordinal);
        var text = paren > 0 ? name[..paren] : name;
        return text.Replace("StrategyBot.", "", StringComparison.Ordinal).Replace('|', '/');
    }
}
