using System.Buffers.Binary;
using System.ComponentModel;
using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace StrategyBot.Testing;

/// <summary>
/// Renders Adaptive Cards as Teams would lay them out, with the <c>adaptivecards</c> npm renderer in Debian's headless
/// Chromium (tests/rendering/render-card.mjs), and reports what overflows or is clipped. All cards of a call share one
/// Node process and one browser. Cards and PNGs are kept in <c>artifacts/rendering/</c> for people to look at.
/// Fails, never skips, when Chromium or the npm packages are missing: scripts/test.sh installs both.
/// </summary>
public static class CardRenderer
{
    /// <summary>Where Debian's chromium package puts the browser.</summary>
    public const string DebianChromium = "/usr/bin/chromium";

    /// <summary>The browser used: <see cref="DebianChromium"/> unless STRATEGYBOT_CHROMIUM names another (render-card.mjs reads it too).</summary>
    public static string ChromiumPath => Environment.GetEnvironmentVariable("STRATEGYBOT_CHROMIUM") is { Length: > 0 } path ? path : DebianChromium;

    // Chromium's cold start plus a couple of hundred milliseconds a card; generous for a loaded 2-core CI machine.
    private static readonly TimeSpan s_timeout = TimeSpan.FromMinutes(3);

    private static readonly JsonSerializerOptions s_json = new(JsonSerializerDefaults.Web);

    private static readonly JsonSerializerOptions s_indented = new() { WriteIndented = true };

    private static readonly byte[] s_pngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    private static readonly string[] s_npmPackages = ["playwright-core", "adaptivecards", "markdown-it"];

    /// <summary>The Node script that drives the browser.</summary>
    public static string Script => Path.Combine(RepoPaths.Root, "tests", "rendering", "render-card.mjs");

    /// <summary>The folder that receives every <c>&lt;name&gt;.png</c> and the <c>&lt;name&gt;.card.json</c> it was drawn from.</summary>
    public static string OutputFolder => RepoPaths.ArtifactsFolder("rendering");

    /// <summary>Renders every request in one browser and returns a result per card, in request order.</summary>
    public static async Task<CardRenderReport> RenderAsync(IReadOnlyList<CardRenderRequest> requests, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(requests);
        CheckRequests(requests);
        EnsureInstalled();

        var folder = OutputFolder;
        var jobs = new JsonArray();
        foreach (var request in requests)
        {
            var cardPath = Path.Combine(folder, request.Name + ".card.json");
            var pngPath = Path.Combine(folder, request.Name + ".png");
            File.Delete(pngPath);
            await File.WriteAllTextAsync(cardPath, request.Card.ToJsonString(s_indented), cancellationToken);
            jobs.Add(new JsonObject
            {
                ["name"] = request.Name,
                ["card"] = cardPath,
                ["png"] = pngPath,
                ["width"] = request.Width,
                ["profile"] = request.Profile,
            });
        }

        var jobsPath = Path.Combine(Path.GetTempPath(), $"strategybot-render-{Guid.NewGuid():N}.json");
        try
        {
            await File.WriteAllTextAsync(jobsPath, jobs.ToJsonString(), cancellationToken);
            var output = await RunNodeAsync(jobsPath, cancellationToken);
            var report = JsonSerializer.Deserialize<CardRenderReport>(output, s_json)
                ?? throw new InvalidOperationException("render-card.mjs printed no report.");
            return report with { Results = [.. report.Results.Select(WithPngSize)] };
        }
        finally
        {
            File.Delete(jobsPath);
        }
    }

    private static void CheckRequests(IReadOnlyList<CardRenderRequest> requests)
    {
        if (requests.Count == 0)
        {
            throw new ArgumentException("Give at least one card to render.", nameof(requests));
        }

        foreach (var request in requests)
        {
            if (request.Name.Length == 0 || !request.Name.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c is '-' or '.'))
            {
                throw new ArgumentException($"'{request.Name}' is not a usable file name: use lower-case letters, digits, '-' and '.'.", nameof(requests));
            }
        }

        var duplicate = requests.GroupBy(r => r.Name, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ArgumentException($"Two cards are named '{duplicate.Key}'; their PNGs would overwrite each other.", nameof(requests));
        }
    }

    private static void EnsureInstalled()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException(
                $"Chromium is not installed ({ChromiumPath} is missing), so cards cannot be rendered. Run scripts/test.sh, " +
                "which installs Debian's chromium package, or: sudo apt-get install -y chromium fonts-dejavu-core");
        }

        var missing = s_npmPackages.Where(p => !File.Exists(Path.Combine(RepoPaths.NodeModules, p, "package.json"))).ToList();
        if (missing.Count > 0)
        {
            throw new InvalidOperationException(
                $"The npm packages {string.Join(", ", missing)} are not installed. Run `npm ci` in the repository root " +
                "(scripts/test.sh does it for you), then run the tests again.");
        }
    }

    private static async Task<string> RunNodeAsync(string jobsPath, CancellationToken cancellationToken)
    {
        var startInfo = new ProcessStartInfo("node")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = RepoPaths.Root,
        };
        startInfo.ArgumentList.Add(Script);
        startInfo.ArgumentList.Add("--jobs");
        startInfo.ArgumentList.Add(jobsPath);

        using var process = new Process { StartInfo = startInfo };
        try
        {
            process.Start();
        }
        catch (Win32Exception ex)
        {
            throw new InvalidOperationException("node is not on PATH. Install Node.js 20 or newer, then run scripts/test.sh.", ex);
        }

        var stdout = process.StandardOutput.ReadToEndAsync(CancellationToken.None);
        var stderr = process.StandardError.ReadToEndAsync(CancellationToken.None);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(s_timeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(CancellationToken.None);
            cancellationToken.ThrowIfCancellationRequested();
            throw new TimeoutException($"render-card.mjs did not finish within {s_timeout.TotalSeconds:0} s. It printed: {await stderr}");
        }

        var errors = (await stderr).Trim();
        return process.ExitCode switch
        {
            0 => await stdout,
            3 => throw new InvalidOperationException(errors),
            _ => throw new InvalidOperationException($"render-card.mjs exited with code {process.ExitCode}: {errors}"),
        };
    }

    private static CardRendering WithPngSize(CardRendering rendering)
    {
        Span<byte> header = stackalloc byte[24];
        using (var file = File.OpenRead(rendering.Png))
        {
            file.ReadExactly(header);
        }

        if (!header[..8].SequenceEqual(s_pngSignature))
        {
            throw new InvalidOperationException($"{rendering.Png} is not a PNG file.");
        }

        // The IHDR chunk always comes first: width and height are big-endian at bytes 16 and 20.
        return rendering with
        {
            PngWidth = BinaryPrimitives.ReadInt32BigEndian(header[16..20]),
            PngHeight = BinaryPrimitives.ReadInt32BigEndian(header[20..24]),
        };
    }
}
