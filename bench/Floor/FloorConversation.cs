namespace StrategyBot.Bench.Floor;

/// <summary>A conversation account.</summary>
internal sealed class FloorConversation
{
    public string? Id { get; set; }

    public string? ConversationType { get; set; }

    public string? TenantId { get; set; }
}
