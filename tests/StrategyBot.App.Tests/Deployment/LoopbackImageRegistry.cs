using System.Formats.Tar;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using StrategyBot.Testing;

namespace StrategyBot.App.Tests.Deployment;

/// <summary>
/// A read-only OCI registry (distribution API v2: manifests and blobs) on 127.0.0.1 serving one stand-in base image,
/// so the SDK's container tooling can build an image with no internet. The stand-in is a linux/amd64 image whose only
/// layer is an empty /tmp: it proves what the SDK adds on top (the app layer and the image config), not the Microsoft
/// base image, which lives on mcr.microsoft.com.
/// </summary>
internal sealed class LoopbackImageRegistry : IAsyncDisposable
{
    public const string Repository = "stand-in/aspnet";
    public const string Tag = "10.0";
    private const string ManifestMediaType = "application/vnd.oci.image.manifest.v1+json";

    private readonly WebApplication _app;
    private readonly Dictionary<string, byte[]> _blobs = new(StringComparer.Ordinal);
    private readonly byte[] _manifest;

    private LoopbackImageRegistry(WebApplication app)
    {
        _app = app;
        var layerTar = EmptyTmpLayer();
        var layer = Gzip(layerTar);
        var config = Json(new JsonObject
        {
            ["architecture"] = "amd64",
            ["os"] = "linux",
            ["config"] = new JsonObject { ["Env"] = new JsonArray("PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin") },
            ["rootfs"] = new JsonObject { ["type"] = "layers", ["diff_ids"] = new JsonArray(Digest(layerTar)) },
        });
        _blobs[Digest(layer)] = layer;
        _blobs[Digest(config)] = config;
        _manifest = Json(new JsonObject
        {
            ["schemaVersion"] = 2,
            ["mediaType"] = ManifestMediaType,
            ["config"] = Descriptor("application/vnd.oci.image.config.v1+json", config),
            ["layers"] = new JsonArray(Descriptor("application/vnd.oci.image.layer.v1.tar+gzip", layer)),
        });
    }

    /// <summary>host:port, to name the base image as <c>{Host}/{Repository}:{Tag}</c>.</summary>
    public string Host { get; private set; } = string.Empty;

    public string BaseImage => $"{Host}/{Repository}:{Tag}";

    public static async Task<LoopbackImageRegistry> StartAsync()
    {
        var registry = new LoopbackImageRegistry(LoopbackWebServer.Create());
        registry._app.MapMethods("/v2/", ["GET", "HEAD"], () => Results.Json(new JsonObject()));
        registry._app.MapMethods("/v2/{**path}", ["GET", "HEAD"], registry.Serve);
        await registry._app.StartAsync();
        var address = new Uri(LoopbackWebServer.Address(registry._app));
        registry.Host = $"localhost:{address.Port}";
        return registry;
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    private IResult Serve(string path)
    {
        if (path == $"{Repository}/manifests/{Tag}" || path == $"{Repository}/manifests/{Digest(_manifest)}")
        {
            return new BlobResult(_manifest, ManifestMediaType, Digest(_manifest));
        }

        const string blobs = Repository + "/blobs/";
        return path.StartsWith(blobs, StringComparison.Ordinal) && _blobs.TryGetValue(path[blobs.Length..], out var blob)
            ? new BlobResult(blob, "application/octet-stream", path[blobs.Length..])
            : Results.NotFound();
    }

    private static byte[] EmptyTmpLayer()
    {
        using var tar = new MemoryStream();
        using (var writer = new TarWriter(tar, TarEntryFormat.Pax, leaveOpen: true))
        {
            writer.WriteEntry(new PaxTarEntry(TarEntryType.Directory, "tmp/")
            {
                Mode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute
                    | UnixFileMode.GroupRead | UnixFileMode.GroupWrite | UnixFileMode.GroupExecute
                    | UnixFileMode.OtherRead | UnixFileMode.OtherWrite | UnixFileMode.OtherExecute | UnixFileMode.StickyBit,
            });
        }

        return tar.ToArray();
    }

    private static byte[] Gzip(byte[] data)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Optimal, leaveOpen: true))
        {
            gzip.Write(data);
        }

        return output.ToArray();
    }

    private static byte[] Json(JsonObject value) => Encoding.UTF8.GetBytes(value.ToJsonString());

    private static string Digest(byte[] data) => "sha256:" + Convert.ToHexStringLower(SHA256.HashData(data));

    private static JsonObject Descriptor(string mediaType, byte[] data) =>
        new() { ["mediaType"] = mediaType, ["digest"] = Digest(data), ["size"] = data.Length };

    private sealed class BlobResult(byte[] content, string contentType, string digest) : IResult
    {
        public async Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.ContentType = contentType;
            httpContext.Response.ContentLength = content.Length;
            httpContext.Response.Headers["Docker-Content-Digest"] = digest;
            if (!HttpMethods.IsHead(httpContext.Request.Method))
            {
                await httpContext.Response.Body.WriteAsync(content, httpContext.RequestAborted);
            }
        }
    }
}
