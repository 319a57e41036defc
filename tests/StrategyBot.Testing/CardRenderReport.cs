namespace StrategyBot.Testing;

/// <summary>What one run of the renderer produced: the Chromium version, its wall time, and a result per card.</summary>
public sealed record CardRenderReport(string Chromium, long ElapsedMs, IReadOnlyList<CardRendering> Results)
{
    /// <summary>The result for the request named <paramref name="name"/>.</summary>
    public CardRendering this[string name] =>
        Results.SingleOrDefault(r => r.Name == name)
        ?? throw new KeyNotFoundException($"No card named '{name}' was rendered; rendered: {string.Join(", ", Results.Select(r => r.Name))}.");
}
