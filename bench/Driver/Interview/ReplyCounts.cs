namespace StrategyBot.Bench.Interview;

/// <summary>
/// How many replies the bot sent for each turn of the interview script, learnt from its own replies, so that the
/// like-for-like floor (<c>--floor-like-bot</c>) can be asked to send as many for the same turn. The script is the same
/// for every marketer, so the last count seen for a turn is the count.
/// </summary>
internal sealed class ReplyCounts(int turns)
{
    private readonly int[] _counts = new int[turns];

    public void Record(int turn, int replies) => Volatile.Write(ref _counts[turn], replies);

    /// <summary>The bot's count for <paramref name="turn"/>, or 1 before the bot has played it.</summary>
    public int For(int turn) => Math.Max(1, Volatile.Read(ref _counts[turn]));
}
