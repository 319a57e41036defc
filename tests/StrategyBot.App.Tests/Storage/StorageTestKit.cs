using System.Diagnostics.Metrics;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Net.Sockets;
using System.Net;
using Azure.Data.Tables;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using StrategyBot.App.Storage;
using StrategyBot.Testing;

namespace StrategyBot.App.Tests.Storage;

/// <summary>Builders the storage tests share: metrics, stores on fresh tables, and an address nothing listens on.</summary>
internal static class StorageTestKit
{
    public static StorageMetrics NewMetrics() =>
        new(new ServiceCollection().AddMetrics().BuildServiceProvider().GetRequiredService<IMeterFactory>());

    /// <summary>A store on its own new table, so no other test sees its rows.</summary>
    public static async Task<(TableStateStore Store, StorageMetrics Metrics, TableClient Table)> NewStoreAsync(AzuriteFixture azurite)
    {
        var table = new TableClient(azurite.ConnectionString, AzuriteFixture.NewTableName("State"));
        await table.CreateAsync();
        var metrics = NewMetrics();
        return (new TableStateStore(table, metrics, NullLogger<TableStateStore>.Instance), metrics, table);
    }

    /// <summary>Characters per string chunk in the layouts written before binary chunks.</summary>
    public const int StringChunkLength = 32_000;

    private static readonly JsonSerializerOptions s_relaxed = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>
    /// A document's JSON as the store wrote it before binary chunks: relaxed escaping, split into strings of
    /// <see cref="StringChunkLength"/> UTF-16 characters, never inside a surrogate pair.
    /// </summary>
    public static string[] StringChunks(JsonObject content)
    {
        var json = content.ToJsonString(s_relaxed);
        var chunks = new List<string>();
        var start = 0;
        do
        {
            var length = Math.Min(StringChunkLength, json.Length - start);
            if (start + length < json.Length && char.IsHighSurrogate(json[start + length - 1]))
            {
                length--;
            }

            chunks.Add(json.Substring(start, length));
            start += length;
        }
        while (start < json.Length);

        return [.. chunks];
    }

    /// <summary>
    /// Writes a state row the way the store did before binary chunks: per document "C_{name}" with the count and
    /// string properties "D{i}_{name}".
    /// </summary>
    public static async Task<TableEntity> AddStringChunkStateRowAsync(TableClient table, string scope, IReadOnlyDictionary<string, JsonObject> documents)
    {
        var row = new TableEntity(TableKeys.ToKey(scope), StateEntity.StateRowKey);
        foreach (var (name, content) in documents)
        {
            var chunks = StringChunks(content);
            var escaped = DocumentPropertyNames.Escape(name);
            row[DocumentPropertyNames.Count(escaped)] = chunks.Length;
            for (var i = 0; i < chunks.Length; i++)
            {
                row[DocumentPropertyNames.Chunk(escaped, i)] = chunks[i];
            }
        }

        var response = await table.AddEntityAsync(row);
        row.ETag = response.Headers.ETag ?? default;
        return row;
    }

    /// <summary>
    /// Writes one document the way the store did before a scope became one row: its own row, RowKey = escaped name,
    /// the JSON over Data0…DataN in 32,000-character chunks and their count in Chunks.
    /// </summary>
    public static async Task<TableEntity> AddLegacyRowAsync(TableClient table, string scope, string name, JsonObject content)
    {
        var chunks = StringChunks(content);
        var row = new TableEntity(TableKeys.ToKey(scope), TableKeys.ToKey(name)) { [LegacyStateRow.ChunksProperty] = chunks.Length };
        for (var i = 0; i < chunks.Length; i++)
        {
            row[LegacyStateRow.DataPrefix + i.ToString(CultureInfo.InvariantCulture)] = chunks[i];
        }

        var response = await table.AddEntityAsync(row);
        row.ETag = response.Headers.ETag ?? default;
        return row;
    }

    /// <summary>Every row of the scope's partition, straight from the table.</summary>
    public static async Task<List<TableEntity>> RowsAsync(TableClient table, string scope) =>
        await table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {TableKeys.ToKey(scope)}")).ToListAsync();

    /// <summary>Development-account settings for a loopback port with no listener: every call fails to connect.</summary>
    public static string ClosedPortConnectionString()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return $"DefaultEndpointsProtocol=http;AccountName={AzuriteProcess.AccountName};AccountKey={AzuriteProcess.AccountKey};" +
            $"TableEndpoint=http://127.0.0.1:{port}/{AzuriteProcess.AccountName};";
    }
}
