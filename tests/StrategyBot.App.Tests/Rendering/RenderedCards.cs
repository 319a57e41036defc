using System.Diagnostics;
using StrategyBot.Testing;

namespace StrategyBot.App.Tests.Rendering;

/// <summary>
/// Renders the whole <see cref="RenderingCatalog"/> once, in one Chromium, before the first rendering test: starting
/// the browser costs more than drawing a card. Also writes artifacts/rendering/report.txt, one line per PNG.
/// </summary>
public sealed class RenderedCards : IAsyncLifetime
{
    private CardRenderReport? _report;

    /// <summary>Wall time of the whole run as seen from .NET, Node and Chromium start-up included.</summary>
    public TimeSpan Elapsed { get; private set; }

    public CardRenderReport Report => _report ?? throw new InvalidOperationException("The cards have not been rendered yet.");

    public CardRendering this[string name] => Report[name];

    public async Task InitializeAsync()
    {
        var stopwatch = Stopwatch.StartNew();
        _report = await CardRenderer.RenderAsync(RenderingCatalog.All());
        Elapsed = stopwatch.Elapsed;

        var lines = _report.Results.Select(r => r.Describe())
            .Prepend($"{_report.Results.Count} cards in {Elapsed.TotalSeconds:0.0} s (browser {_report.ElapsedMs} ms), Chromium {_report.Chromium}");
        await File.WriteAllLinesAsync(Path.Combine(CardRenderer.OutputFolder, "report.txt"), lines);
    }

    public Task DisposeAsync() => Task.CompletedTask;
}
