namespace StrategyBot.Bench.Floor;

/// <summary>The one reply the floor posts.</summary>
internal sealed class FloorReply
{
    public string? Type { get; set; }

    public string? Text { get; set; }

    public string? ReplyToId { get; set; }

    public FloorAccount? From { get; set; }

    public FloorAccount? Recipient { get; set; }

    public FloorConversation? Conversation { get; set; }
}
