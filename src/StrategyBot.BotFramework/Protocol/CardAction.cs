namespace StrategyBot.BotFramework.Protocol;

/// <summary>A suggested action button, usually <c>imBack</c> so a tap sends its value as text.</summary>
public sealed class CardAction
{
    /// <summary><c>imBack</c>, <c>messageBack</c>, <c>openUrl</c>.</summary>
    public string Type { get; set; } = "imBack";

    /// <summary>Button caption.</summary>
    public string? Title { get; set; }

    /// <summary>The text sent back.</summary>
    public string? Value { get; set; }
}
