namespace StrategyBot.Testing;

/// <summary>A parse or validation complaint of the Adaptive Cards renderer (unknown element, bad value, …).</summary>
public sealed record CardRenderEvent(string Phase, string Event, string Message)
{
    public override string ToString() => $"{Phase}/{Event}: {Message}";
}
