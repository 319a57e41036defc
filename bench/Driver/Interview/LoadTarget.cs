using StrategyBot.Bench.Hosting;

namespace StrategyBot.Bench.Interview;

/// <summary>
/// What a load level runs against: a named server process, its /api/messages, its metrics if it has any, and whether
/// its replies are the bot's (checked against the script's expectations) or the floor's (any reply will do).
/// <paramref name="LearnReplies"/> records how many replies each turn got (the bot); <paramref name="AskReplies"/> asks
/// the target for that many (the like-for-like floor, in the <c>X-Bench-Replies</c> header).
/// </summary>
internal sealed record LoadTarget(
    string Name, ServerProcess Process, Uri Messages, MetricsListener? Metrics, bool CheckReplies,
    ReplyCounts? LearnReplies = null, ReplyCounts? AskReplies = null);
