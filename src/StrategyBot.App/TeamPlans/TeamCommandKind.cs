namespace StrategyBot.App.TeamPlans;

/// <summary>What a message in a channel or group chat asks of the bot.</summary>
internal enum TeamCommandKind
{
    None,
    Start,
    Fill,
    Show,
    AddEditor,
    Stop,
    Help,
}
