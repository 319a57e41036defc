using System.Formats.Tar;
using System.IO.Compression;
using System.Text.Json.Nodes;

namespace StrategyBot.App.Tests.Deployment;

/// <summary>An OCI image archive as the SDK writes it (ContainerArchiveOutputPath): its config and its files.</summary>
internal sealed class ContainerImage
{
    private ContainerImage(JsonObject config, IReadOnlyList<IReadOnlySet<string>> layerFiles)
    {
        Config = config;
        LayerFiles = layerFiles;
    }

    /// <summary>The image config's <c>config</c> object: User, ExposedPorts, Entrypoint, Env, WorkingDir, Labels.</summary>
    public JsonObject Config { get; }

    /// <summary>The paths in each layer, base first.</summary>
    public IReadOnlyList<IReadOnlySet<string>> LayerFiles { get; }

    public static async Task<ContainerImage> ReadAsync(string archivePath, CancellationToken cancellationToken)
    {
        var blobs = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        await using (var file = File.OpenRead(archivePath))
        await using (var reader = new TarReader(file))
        {
            while (await reader.GetNextEntryAsync(copyData: false, cancellationToken) is { } entry)
            {
                if (entry.DataStream is not null)
                {
                    using var data = new MemoryStream();
                    await entry.DataStream.CopyToAsync(data, cancellationToken);
                    blobs[entry.Name.TrimStart('.', '/')] = data.ToArray();
                }
            }
        }

        var index = JsonNode.Parse(blobs["index.json"])!;
        var manifest = JsonNode.Parse(Blob(blobs, (string)index["manifests"]![0]!["digest"]!))!;
        var config = JsonNode.Parse(Blob(blobs, (string)manifest["config"]!["digest"]!))!["config"]!.AsObject();
        var layers = new List<IReadOnlySet<string>>();
        foreach (var layer in manifest["layers"]!.AsArray())
        {
            layers.Add(await ListAsync(Blob(blobs, (string)layer!["digest"]!), cancellationToken));
        }

        return new ContainerImage(config, layers);
    }

    private static byte[] Blob(Dictionary<string, byte[]> blobs, string digest) => blobs[$"blobs/{digest.Replace(':', '/')}"];

    private static async Task<IReadOnlySet<string>> ListAsync(byte[] gzippedTar, CancellationToken cancellationToken)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        await using var gzip = new GZipStream(new MemoryStream(gzippedTar), CompressionMode.Decompress);
        await using var reader = new TarReader(gzip);
        while (await reader.GetNextEntryAsync(copyData: false, cancellationToken) is { } entry)
        {
            names.Add("/" + entry.Name.TrimStart('.', '/'));
        }

        return names;
    }
}
