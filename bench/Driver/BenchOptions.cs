using System.Globalization;

namespace StrategyBot.Bench;

/// <summary>The driver's command line; every figure has a default that keeps the whole bench under ~10 minutes.</summary>
internal sealed class BenchOptions
{
    public bool Explore { get; private init; }

    public string RepoRoot { get; private init; } = FindRepoRoot();

    public string LogDirectory { get; private init; } = "";

    /// <summary>Where the Markdown results go (bench/results/&lt;date&gt;.md by default).</summary>
    public string OutputPath { get; private init; } = "";

    public IReadOnlyList<int> Levels { get; private init; } = [1, 8, 32, 64];

    /// <summary>
    /// Total interviews per level and target at least (each marketer runs ceil(this / (C × rounds)) of them per round, one
    /// after another). Big enough that a level runs for seconds, not one: a p99 over 1,760 turns at C = 32 is set by any
    /// single stall (it holds up all 32 turns in flight, which is 1.8 % of them), and a CPU figure of one second is a few
    /// hundred scheduler ticks.
    /// </summary>
    public int MinInterviewsPerLevel { get; private init; } = 256;

    /// <summary>
    /// Each level runs as this many rounds, bot and floor taking turns (bot, floor, bot, floor, …), and each target's
    /// rounds are added up: a slow or fast spell of this shared machine then falls on both, not on one of them.
    /// </summary>
    public int Rounds { get; private init; } = 4;

    public int FanOutUsers { get; private init; } = 10_000;

    /// <summary>Tenants the fan-out users are spread over; Teams' 50 RPS limit is per app per tenant.</summary>
    public int FanOutTenants { get; private init; } = 10;

    public double ThrottleFraction { get; private init; } = 0.05;

    public bool SkipFanOut { get; private init; }

    /// <summary>
    /// --floor-like-bot: a second floor beside the plain one, making the bot's round trips with the bot's bytes (as many
    /// reply POSTs per turn as the bot sent, a row the size of the bot's state row); both ratios are reported.
    /// </summary>
    public bool FloorLikeBot { get; private init; }

    /// <summary>Extra environment for every bot process (--bot-env KEY=VALUE, repeatable), for experiments.</summary>
    public IReadOnlyDictionary<string, string> BotEnvironment { get; private init; } = new Dictionary<string, string>();

    /// <summary>The StrategyBot.App.dll to run; the repo's Release build unless --bot-dll names another.</summary>
    public string BotDll { get; private init; } = "";

    public bool SkipInterview { get; private init; }

    /// <summary>
    /// Where to write an allocation profile of the bot by stage of the turn (--alloc-profile FILE): one extra round of
    /// 128 interviews at the widest level after the warm-up, under an EventPipe session; the levels run after it.
    /// </summary>
    public string? AllocationProfilePath { get; private init; }

    /// <summary>The arguments as given, to print the exact command in the results.</summary>
    public IReadOnlyList<string> PassThrough { get; private init; } = [];

    public static BenchOptions Parse(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var flags = new HashSet<string>(StringComparer.Ordinal);
        var botEnvironment = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--bot-env" && i + 1 < args.Length && args[i + 1].Split('=', 2) is [var key, var value])
            {
                botEnvironment[key] = value;
                i++;
            }
            else if (args[i].StartsWith("--", StringComparison.Ordinal) && i + 1 < args.Length && !args[i + 1].StartsWith("--", StringComparison.Ordinal))
            {
                values[args[i][2..]] = args[++i];
            }
            else
            {
                flags.Add(args[i].TrimStart('-'));
            }
        }

        var root = values.GetValueOrDefault("repo") ?? FindRepoRoot();
        var stamp = TimeProvider.System.GetUtcNow().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return new BenchOptions
        {
            Explore = flags.Contains("explore"),
            RepoRoot = root,
            LogDirectory = values.GetValueOrDefault("logs") ?? Path.Combine(root, "artifacts", "bench"),
            OutputPath = values.GetValueOrDefault("out") ?? Path.Combine(root, "bench", "results", stamp + ".md"),
            Levels = values.TryGetValue("levels", out var levels)
                ? [.. levels.Split(',').Select(l => int.Parse(l, CultureInfo.InvariantCulture))]
                : [1, 8, 32, 64],
            MinInterviewsPerLevel = Int(values, "interviews", 256),
            Rounds = Math.Max(1, Int(values, "rounds", 4)),
            FanOutUsers = Int(values, "fanout-users", 10_000),
            FanOutTenants = Int(values, "fanout-tenants", 10),
            ThrottleFraction = values.TryGetValue("throttle", out var t) ? double.Parse(t, CultureInfo.InvariantCulture) : 0.05,
            SkipFanOut = flags.Contains("skip-fanout"),
            FloorLikeBot = flags.Contains("floor-like-bot"),
            BotDll = values.GetValueOrDefault("bot-dll") ?? Path.Combine(root, "src", "StrategyBot.App", "bin", "Release", "net10.0", "StrategyBot.App.dll"),
            SkipInterview = flags.Contains("skip-interview"),
            AllocationProfilePath = values.GetValueOrDefault("alloc-profile"),
            PassThrough = args,
            BotEnvironment = botEnvironment,
        };
    }

    private static int Int(Dictionary<string, string> values, string key, int fallback) =>
        values.TryGetValue(key, out var text) ? int.Parse(text, CultureInfo.InvariantCulture) : fallback;

    private static string FindRepoRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "StrategyBot.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("Run the driver from the repo (bench/run.sh): StrategyBot.sln was not found above it.");
    }
}
