using StrategyBot.Bench.Hosting;

namespace StrategyBot.Bench.Interview;

/// <summary>
/// What a load level runs against: a named server process, its /api/messages, its metrics if it has any, and whether
/// its replies are the bot's (checked against the script's expectations) or the floor's (any reply will do).
/// </summary>
internal sealed record LoadTarget(string Name, ServerProcess Process, Uri Messages, MetricsListener? Metrics, bool CheckReplies);
