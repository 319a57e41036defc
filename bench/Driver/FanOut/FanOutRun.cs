using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using StrategyBot.Bench.Connector;
using StrategyBot.Bench.Hosting;
using StrategyBot.Bench.Interview;

namespace StrategyBot.Bench.FanOut;

/// <summary>
/// The Monday-09:00 test: a fresh Azurite, the bot (one instance, then two) with its check-in scheduler polling every
/// second, one real interview to give the users a plan with KPIs, N users seeded to fall due at one instant T0, and
/// the fake connector throttling a share of calls. Measures from T0 until every user has their check-in.
/// </summary>
internal sealed partial class FanOutRun(BenchOptions options, FakeConnector connector)
{
    private const string SchedulerStarted = "Check-in scheduler started";
    private const string FanOutConversations = "a:fanout-";
    private const string CheckInMeter = "StrategyBot.CheckIns";
    private const string RequeuedInstrument = "strategybot.checkins.requeued";
    // Two runs of this must fit the bench's ~10 minutes; a run that does not finish reports its rate instead.
    private static readonly TimeSpan s_deliveryTimeout = TimeSpan.FromSeconds(90);
    private static readonly TimeSpan s_linger = TimeSpan.FromSeconds(3);

    public async Task<List<FanOutResult>> RunAsync(CancellationToken cancellationToken)
    {
        var results = new List<FanOutResult>();
        foreach (var instances in new[] { 1, 2 })
        {
            Console.WriteLine($"Check-in fan-out: {options.FanOutUsers} users over {options.FanOutTenants} tenants, {instances} bot instance(s)");
            var result = await RunOnceAsync(instances, cancellationToken);
            results.Add(result);
            Console.WriteLine(result.NotRun is { } why
                ? "  not run: " + why
                : $"  {result.Delivered} delivered in {result.TimeToLast?.TotalSeconds:0.0} s ({result.DeliveriesPerSecond:0.0}/s), {result.Duplicates} duplicates, {result.Throttled} 429s, {result.Requeued?.ToString(CultureInfo.InvariantCulture) ?? "?"} requeued after 429 on every retry, peak {result.PeakTenantPerSecond}/s per tenant");
        }

        return results;
    }

    private async Task<FanOutResult> RunOnceAsync(int instances, CancellationToken cancellationToken)
    {
        var result = new FanOutResult { Instances = instances, Users = options.FanOutUsers, Tenants = options.FanOutTenants, ThrottleFraction = options.ThrottleFraction };
        connector.Reset();
        connector.ThrottleFraction = 0;
        connector.KeepBodies = true;
        var (azurite, storage) = await Servers.StartAzuriteAsync(options.RepoRoot, options.LogDirectory, $"fanout{instances}", cancellationToken);
        await using (azurite)
        {
            // CheckInOptions: "with N instances use 45 / N", so together they stay under Teams' 50 per tenant per second.
            var settings = new Dictionary<string, string>(options.BotEnvironment)
            {
                ["CheckIns__PollInterval"] = "00:00:01",
                ["CheckIns__SendsPerSecondPerTenant"] = (45.0 / instances).ToString("0.##", CultureInfo.InvariantCulture),
            };
            var bots = new List<ServerProcess>();
            try
            {
                Uri? first = null;
                for (var i = 0; i < instances; i++)
                {
                    var (bot, address) = await Servers.StartBotAsync(
                        options.BotDll, options.LogDirectory, $"fanout{instances}-{i}", storage, settings, cancellationToken);
                    bots.Add(bot);
                    first ??= address;
                }

                await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken);
                if (!bots[0].Printed(SchedulerStarted))
                {
                    return result with
                    {
                        NotRun = "the bot runs no check-in scheduler: src/StrategyBot.App/Program.cs does not call AddCheckIns (WeeklyCheckInService), so nothing polls the schedule index",
                    };
                }

                result = await MeasureAsync(result, bots, first!, storage, azurite.Pid, cancellationToken);
            }
            finally
            {
                foreach (var bot in bots)
                {
                    await bot.DisposeAsync();
                }
            }

            return result;
        }
    }

    private async Task<FanOutResult> MeasureAsync(
        FanOutResult result, List<ServerProcess> bots, Uri botAddress, string storage, int azuritePid, CancellationToken cancellationToken)
    {
        var template = MarketerIdentity.Create($"fanout{result.Instances}-template", 0);
        using (var http = new HttpClient())
        {
            var outcome = await new Marketer(http, new Uri(botAddress, "api/messages"), connector, TimeSpan.FromSeconds(30))
                .RunAsync(template, InterviewScript.WholePlan, explore: null, cancellationToken);
            if (outcome.Error is not null)
            {
                throw new InvalidOperationException("The fan-out's template interview failed: " + outcome.Error);
            }
        }

        connector.Reset();
        connector.KeepBodies = false;
        connector.ThrottleFraction = options.ThrottleFraction;
        var seed = await SeederProcess.RunAsync(options, storage, template, connector.BaseAddress, cancellationToken);
        Console.WriteLine($"  seeded: states {seed.StatesTime.TotalSeconds:0.0} s, index {seed.IndexTime.TotalSeconds:0.0} s, due at {seed.Due:HH:mm:ss}");

        var cpuBefore = bots.Select(b => ProcessStats.CpuTime(b.Pid)).ToArray();
        var azuriteBefore = ProcessStats.CpuTime(azuritePid);
        var machineBefore = MachineCpu.Busy();
        var driverBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var measuring = Stopwatch.StartNew();
        var samplers = bots.Select(b => new RssSampler(b.Pid)).ToList();

        // The bots' own count of sends refused with 429 on every retry and requeued (read over EventPipe, as the
        // interview levels read storage calls).
        var listeners = bots.Select(b => MetricsListener.Start(b.Pid, [CheckInMeter])).ToList();
        var wait = seed.Due - TimeProvider.System.GetUtcNow();
        if (wait > TimeSpan.Zero)
        {
            await Task.Delay(wait, cancellationToken);
        }

        // T0 on the Stopwatch clock the connector stamps requests with.
        var t0 = Stopwatch.GetTimestamp() - (long)((TimeProvider.System.GetUtcNow() - seed.Due).TotalSeconds * Stopwatch.Frequency);
        var deadline = Stopwatch.GetTimestamp() + (long)(s_deliveryTimeout.TotalSeconds * Stopwatch.Frequency);
        while (Delivered() < result.Users && Stopwatch.GetTimestamp() < deadline)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(250), cancellationToken);
        }

        await Task.Delay(s_linger, cancellationToken);
        var botCpu = bots.Select((b, i) => ProcessStats.CpuTime(b.Pid) - cpuBefore[i]).Aggregate(TimeSpan.Zero, (a, b) => a + b);
        var azuriteCpu = ProcessStats.CpuTime(azuritePid) - azuriteBefore;
        var machineCpu = MachineCpu.Busy() - machineBefore;
        var driverCpu = Process.GetCurrentProcess().TotalProcessorTime - driverBefore;
        var cores = measuring.Elapsed.TotalSeconds * Environment.ProcessorCount;
        foreach (var sampler in samplers)
        {
            await sampler.DisposeAsync();
        }

        // The linger above is longer than the listeners' 1 s refresh, so the last deltas are in.
        var requeued = Requeued(listeners);
        foreach (var listener in listeners)
        {
            await listener.DisposeAsync();
        }

        var summary = Summarise(result, seed, t0);

        // Whether the machine itself was the limit: on two shared cores the bot, Azurite and the fake connector compete
        // with each other and with whatever else runs.
        var others = TimeSpan.FromSeconds(Math.Max(0, (machineCpu - botCpu - azuriteCpu - driverCpu).TotalSeconds));
        var cpuNote = $"CPU from the seeding's end to the last delivery + 3 s ({measuring.Elapsed.TotalSeconds:0} s, {cores:0} core-seconds): bot {botCpu.TotalSeconds:0.0} s, " +
            $"Azurite {azuriteCpu.TotalSeconds:0.0} s, driver and fake connector {driverCpu.TotalSeconds:0.0} s, everything else {others.TotalSeconds:0.0} s " +
            $"(machine {machineCpu.TotalSeconds / cores:P0} busy)";
        return summary with
        {
            Notes = [.. summary.Notes, cpuNote],
            Requeued = requeued,
            BotCpu = botCpu,
            AzuriteCpu = azuriteCpu,
            PeakRssBytes = samplers.Max(s => s.PeakBytes),
        };
    }

    private static long? Requeued(List<MetricsListener> listeners)
    {
        if (listeners.Any(l => l.Errors.Count > 0))
        {
            return null;
        }

        return (long)listeners.Sum(l => l.Snapshot()
            .Where(m => m.Key.StartsWith(RequeuedInstrument + "{", StringComparison.Ordinal) && !m.Key.Contains('#', StringComparison.Ordinal))
            .Sum(m => m.Value));
    }

    private int Delivered() => connector.Conversations.Count(c => c.Key.StartsWith(FanOutConversations, StringComparison.Ordinal) && c.Value.Deliveries > 0);

    private FanOutResult Summarise(FanOutResult result, SeedOutcome seed, long t0)
    {
        var requests = connector.Requests.Where(r => r.ConversationId.StartsWith(FanOutConversations, StringComparison.Ordinal)).OrderBy(r => r.Timestamp).ToList();
        var accepted = requests.Where(r => r.Status == 201).ToList();
        var perConversation = requests.GroupBy(r => r.ConversationId).ToList();
        var deliveries = accepted.GroupBy(r => r.ConversationId).Select(g => g.Count()).ToList();
        var notes = new List<string>
        {
            $"Seeding: {seed.StatesTime.TotalSeconds:0.0} s for the users' state, {seed.IndexTime.TotalSeconds:0.0} s for the index rows" +
                (seed.Overrun > TimeSpan.Zero ? $"; the index writes overran T0 by {seed.Overrun.TotalSeconds:0.0} s, so some users fell due early" : "; all rows were in before T0"),
            $"Each instance paced at CheckIns:SendsPerSecondPerTenant = {45.0 / result.Instances:0.##} (45 / instances), polling every second.",
            "First deliveries per 10 s from T0: " + Timeline(accepted, t0),
        };
        return result with
        {
            SeedTime = seed.StatesTime + seed.IndexTime,
            Delivered = deliveries.Count,
            Duplicates = deliveries.Sum(d => d - 1),
            Throttled = requests.Count(r => r.Status == 429),
            Requests = requests.Count,
            TimeToFirst = accepted.Count > 0 ? Stopwatch.GetElapsedTime(t0, accepted[0].Timestamp) : null,
            TimeToAll = deliveries.Count == result.Users ? Stopwatch.GetElapsedTime(t0, accepted[^1].Timestamp) : null,
            TimeToLast = accepted.Count > 0 ? Stopwatch.GetElapsedTime(t0, accepted[^1].Timestamp) : null,
            PeakTenantPerSecond = requests.GroupBy(r => TenantOf(r.ConversationId))
                .Select(g => RateWindows.MaxIn([.. g.Select(r => r.Timestamp)], TimeSpan.FromSeconds(1))).DefaultIfEmpty(0).Max(),
            PeakTenantFirstAttemptsPerSecond = perConversation.Select(g => g.First()).GroupBy(r => TenantOf(r.ConversationId))
                .Select(g => RateWindows.MaxIn([.. g.Select(r => r.Timestamp).Order()], TimeSpan.FromSeconds(1))).DefaultIfEmpty(0).Max(),
            PeakTotalPerSecond = RateWindows.MaxIn([.. requests.Select(r => r.Timestamp)], TimeSpan.FromSeconds(1)),
            PeakConversation = (
                PeakPerConversation(perConversation, TimeSpan.FromSeconds(1)),
                PeakPerConversation(perConversation, TimeSpan.FromSeconds(2)),
                PeakPerConversation(perConversation, TimeSpan.FromSeconds(30))),
            Notes = notes,
        };
    }

    // Shows whether the rate held steady (a throughput limit) or sagged in places (rounds draining, retries, stalls).
    private static string Timeline(List<ConnectorRequest> accepted, long t0)
    {
        var firsts = accepted.GroupBy(r => r.ConversationId).Select(g => Stopwatch.GetElapsedTime(t0, g.First().Timestamp).TotalSeconds);
        var buckets = firsts.GroupBy(s => (int)Math.Max(0, s / 10)).ToDictionary(g => g.Key, g => g.Count());
        return buckets.Count == 0
            ? "none"
            : string.Join(", ", Enumerable.Range(0, buckets.Keys.Max() + 1).Select(b => buckets.GetValueOrDefault(b).ToString(CultureInfo.InvariantCulture)));
    }

    private static int PeakPerConversation(List<IGrouping<string, ConnectorRequest>> conversations, TimeSpan window) =>
        conversations.Select(g => RateWindows.MaxIn([.. g.Select(r => r.Timestamp)], window)).DefaultIfEmpty(0).Max();

    private static string TenantOf(string conversationId) => TenantPattern().Match(conversationId) is { Success: true } match ? match.Value : "?";

    [GeneratedRegex("-t[0-9]+-")]
    private static partial Regex TenantPattern();
}
