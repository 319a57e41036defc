namespace StrategyBot.Bench.Interview;

/// <summary>
/// One turn of a marketer's script: an install (conversationUpdate adding the bot) or a typed message, and optionally
/// a phrase one of the replies must contain, so a script that drifted from the bot's questions fails loudly.
/// </summary>
internal sealed record ScriptTurn(string? Text, string? Expect = null)
{
    public bool IsInstall => Text is null;

    public static ScriptTurn Install(string? expect = null) => new(null, expect);
}
