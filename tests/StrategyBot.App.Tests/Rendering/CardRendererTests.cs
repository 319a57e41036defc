using StrategyBot.Testing;
using Xunit.Abstractions;

namespace StrategyBot.App.Tests.Rendering;

/// <summary>
/// The renderer itself, on cards broken on purpose: each kind of breakage the card tests rely on it to find is found,
/// and a plain card comes out clean. Also the run's housekeeping: no network, PNGs on disk, and how long it took.
/// </summary>
[Collection(RenderingCollection.Name)]
[Trait("Category", "Rendering")]
public sealed class CardRendererTests(RenderedCards rendered, ITestOutputHelper output)
{
    [Fact]
    public void Render_PlainCard_NoProblemsAndNotBlank()
    {
        var rendering = rendered[RendererProbeCards.Plain];

        Assert.Empty(rendering.Problems);
        Assert.Equal("Plaincard".Length, rendering.TextLength);
        Assert.Equal("ltr", rendering.Direction);
    }

    [Fact]
    public void Render_ColumnWiderThanPhone_ReportedAsSticksOut()
    {
        var rendering = rendered[RendererProbeCards.WideColumn];

        var problem = Assert.Single(rendering.Problems, p => p.Kind == "outside-card");
        Assert.InRange(problem.OverflowPx, 200, 300);
    }

    [Fact]
    public void Render_UnwrappedLongText_ReportedAsEllipsis()
    {
        var rendering = rendered[RendererProbeCards.UnwrappedText];

        var problem = Assert.Single(rendering.Problems);
        Assert.Equal("text-ellipsis", problem.Kind);
        Assert.StartsWith("A sentence long enough", problem.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_TextCutByMaxLines_ReportedAsClippedVertically()
    {
        var rendering = rendered[RendererProbeCards.MaxLines];

        Assert.Contains(rendering.Problems, p => p.Kind == "clipped-vertically" && p.OverflowPx > 10);
    }

    [Fact]
    public void Render_MoreButtonsThanTeamsShows_RenderedFewerThanDeclared()
    {
        var rendering = rendered[RendererProbeCards.TooManyButtons];

        Assert.Equal(8, rendering.DeclaredActions);
        Assert.Equal(6, rendering.RenderedActions);
    }

    [Fact]
    public void Render_RemoteImage_RequestBlockedAndListed()
    {
        var rendering = rendered[RendererProbeCards.RemoteImage];

        Assert.Equal([RendererProbeCards.RemoteImageUrl], rendering.BlockedRequests);
    }

    [Fact]
    public void Render_RtlCard_TextRunsAndStartsRightToLeft()
    {
        var rendering = rendered[RendererProbeCards.RightToLeft];

        Assert.Equal("rtl", rendering.Direction);
        Assert.Equal(1, rendering.RtlTextBlocks);
        Assert.Equal(1, rendering.TextAlignedRight);
    }

    [Fact]
    public void Render_AllCards_PngsKeptInArtifactsAtTheirWidth()
    {
        var report = rendered.Report;

        output.WriteLine($"{report.Results.Count} cards in {rendered.Elapsed.TotalSeconds:0.0} s (browser {report.ElapsedMs} ms), Chromium {report.Chromium}");
        foreach (var rendering in report.Results)
        {
            output.WriteLine(rendering.Png);
            Assert.Equal(CardRenderer.OutputFolder, Path.GetDirectoryName(rendering.Png));
            var sideways = rendering.Problems.Where(p => p.Kind == "page-scrolls-sideways").Sum(p => p.OverflowPx);
            Assert.InRange(rendering.PngWidth, rendering.ViewportWidth + sideways - 1, rendering.ViewportWidth + sideways + 1);
            Assert.True(rendering.PngHeight >= 20, rendering.Describe());
        }

        Assert.Equal(RenderingCatalog.All().Count, report.Results.Count);
    }
}
