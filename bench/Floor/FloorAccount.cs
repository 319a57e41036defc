namespace StrategyBot.Bench.Floor;

/// <summary>A channel account (user or bot).</summary>
internal sealed class FloorAccount
{
    public string? Id { get; set; }

    public string? Name { get; set; }

    public string? AadObjectId { get; set; }
}
