namespace StrategyBot.Bench.Floor;

/// <summary>The fields of an inbound activity the floor needs.</summary>
internal sealed class FloorActivity
{
    public string? Type { get; set; }

    public string? Id { get; set; }

    public string? ServiceUrl { get; set; }

    public string? Text { get; set; }

    public FloorAccount? From { get; set; }

    public FloorAccount? Recipient { get; set; }

    public FloorConversation? Conversation { get; set; }
}
