using System.Globalization;
using System.Text.Json.Nodes;
using StrategyBot.Testing;

namespace StrategyBot.App.Tests.Manifest;

/// <summary>
/// The Teams icon rules (color 192x192 full colour, outline 32x32 white on transparent), checked on decoded pixels.
/// https://learn.microsoft.com/en-us/microsoft-365/extensibility/schema/root-icons
/// </summary>
public sealed class AppIconTests
{
    private static readonly PngImage _color = PngImage.Load(Path.Combine(RepoPaths.Manifest, "color.png"));
    private static readonly PngImage _outline = PngImage.Load(Path.Combine(RepoPaths.Manifest, "outline.png"));

    [Fact]
    public void ColorIcon_Size_Is192By192()
    {
        Assert.Equal((192, 192), (_color.Width, _color.Height));
    }

    [Fact]
    public void OutlineIcon_Size_Is32By32()
    {
        Assert.Equal((32, 32), (_outline.Width, _outline.Height));
    }

    [Fact]
    public void OutlineIcon_EveryPixel_IsWhiteOrFullyTransparent()
    {
        var offending = _outline.Pixels().Count(p => p.A != 0 && (p.R, p.G, p.B) != (255, 255, 255));

        Assert.Equal(0, offending);
    }

    [Fact]
    public void OutlineIcon_Glyph_IsVisibleWithTransparentCorners()
    {
        var opaque = _outline.Pixels().Count(p => p.A == 255);

        Assert.InRange(opaque, 100, (32 * 32) - 100);
        Assert.Equal(0, _outline.PixelAt(0, 0).A);
    }

    [Fact]
    public void ColorIcon_Background_IsTheManifestAccentColour()
    {
        var manifest = JsonNode.Parse(File.ReadAllText(Path.Combine(RepoPaths.Manifest, "manifest.json")))!;
        var accent = int.Parse(((string)manifest["accentColor"]!)[1..], NumberStyles.HexNumber, CultureInfo.InvariantCulture);

        var corner = _color.PixelAt(0, 0);

        Assert.Equal(((byte)(accent >> 16), (byte)(accent >> 8), (byte)accent, (byte)255), corner);
    }

    [Fact]
    public void ColorIcon_Pixels_AreOpaqueAndFullColour()
    {
        var pixels = _color.Pixels().ToList();

        Assert.All(pixels, p => Assert.Equal(255, p.A));
        Assert.True(pixels.Select(p => (p.R, p.G, p.B)).Distinct().Count() >= 8, "expected a multi-coloured icon");
    }

    [Fact]
    public async Task Generator_RunAgain_DrawsTheCommittedPixels()
    {
        var output = Directory.CreateTempSubdirectory("strategybot-icons-").FullName;
        try
        {
            var run = await CommandLine.RunAsync(
                "node",
                [Path.Combine(RepoPaths.Manifest, "tools", "generate-icons.mjs"), output],
                new Dictionary<string, string?>(),
                RepoPaths.Root,
                CancellationToken.None);

            Assert.True(run.ExitCode == 0, run.ToString());
            Assert.Equal(_color.Rgba, PngImage.Load(Path.Combine(output, "color.png")).Rgba);
            Assert.Equal(_outline.Rgba, PngImage.Load(Path.Combine(output, "outline.png")).Rgba);
        }
        finally
        {
            Directory.Delete(output, recursive: true);
        }
    }
}
